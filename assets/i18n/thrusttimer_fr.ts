<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>ces arguments sont requis : {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>{option}: expected one argument</source>
        <translation>{option} : une valeur est attendue</translation>
    </message>
    <message>
        <source>{option}: invalid choice: {value} (choose from {choices})</source>
        <translation>{option} : choix invalide : {value} (choisis parmi {choices})</translation>
    </message>
    <message>
        <source>{option}: {value} is not a valid {kind} value</source>
        <translation>{option} : {value} n&apos;est pas une valeur {kind} valide</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut désigner {matches}</translation>
    </message>
    <message>
        <source>{option}: not allowed with {other}</source>
        <translation>{option} : non autorisé avec {other}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>the default output</source>
        <translation>la sortie par défaut</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>aucune sortie audio</translation>
    </message>
    <message>
        <source>the audio output is asleep</source>
        <translation>la sortie audio est en veille</translation>
    </message>
    <message>
        <source>the sound server is not answering</source>
        <translation>le serveur de son ne répond pas</translation>
    </message>
    <message>
        <source>the audio output is starting</source>
        <translation>la sortie audio démarre</translation>
    </message>
    <message>
        <source>late by {milliseconds} ms</source>
        <translation>en retard de {milliseconds} ms</translation>
    </message>
</context>
<context>
    <name>BadRow</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
</context>
<context>
    <name>BlockLineView</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
</context>
<context>
    <name>BlockLoadRows</name>
    <message>
        <source>0 = bodyweight, or the weight you hold</source>
        <translation>0 = poids du corps, ou le poids que tu tiens</translation>
    </message>
    <message>
        <source>{number} · {exercise} (held)</source>
        <translation>{number} · {exercise} (tenu)</translation>
    </message>
    <message>
        <source>Load for block {number}, {exercise}</source>
        <translation>Charge du bloc {number}, {exercise}</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>{exercise} {sets} × {reps} each side, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps} de chaque côté, tempo {tempo}, repos {rest} s</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps}, tempo {tempo}, repos {rest} s</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>gauche ou droite</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>un parmi {allowed}</translation>
    </message>
    <message>
        <source>unknown exercise</source>
        <translation>exercice inconnu</translation>
    </message>
    <message>
        <source>only on a one-sided exercise ({exercises})</source>
        <translation>seulement pour un exercice unilatéral ({exercises})</translation>
    </message>
    <message>
        <source>{exercise} works both legs at once: it has no sides</source>
        <translation>{exercise} fait travailler les deux jambes à la fois : il n&apos;a pas de côtés</translation>
    </message>
    <message>
        <source>block {number}</source>
        <translation>bloc {number}</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objet avec {fields}</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>un identifiant d&apos;exercice</translation>
    </message>
    <message>
        <source>block {number} ({exercise})</source>
        <translation>bloc {number} ({exercise})</translation>
    </message>
    <message>
        <source>block fields: {fields}</source>
        <translation>champs d&apos;un bloc : {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a list of 1 to {most} blocks</source>
        <translation>une liste de 1 à {most} blocs</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>pas une liste</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloc</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} blocs</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
</context>
<context>
    <name>BlocksForm</name>
    <message>
        <source>1 to {most} exercises</source>
        <translation>1 à {most} exercices</translation>
    </message>
    <message>
        <source>{sets} × {reps} each side, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps} de chaque côté, {tempo}, repos {rest} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps}, {tempo}, repos {rest} s</translation>
    </message>
    <message>
        <source>{number}. {exercise} — ⚠ check {fields}</source>
        <translation>{number}. {exercise} — ⚠ vérifie {fields}</translation>
    </message>
    <message>
        <source>{exercise} (each side)</source>
        <translation>{exercise} (de chaque côté)</translation>
    </message>
</context>
<context>
    <name>BlocksPanel</name>
    <message>
        <source>Exercises of the workout, in order</source>
        <translation>Exercices de la séance, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Select an exercise to edit it below. Ctrl+Up and Ctrl+Down move it, Delete removes it.</source>
        <translation>Sélectionne un exercice pour le modifier ci-dessous. Ctrl+Haut et Ctrl+Bas le déplacent, Suppr le retire.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Ajouter un exercice…</translation>
    </message>
    <message>
        <source>Add an exercise after the selected one (at most {most})</source>
        <translation>Ajouter un exercice après celui sélectionné ({most} au plus)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Retirer l&apos;exercice sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Run the selected exercise earlier (Ctrl+Up)</source>
        <translation>Faire l&apos;exercice sélectionné plus tôt (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Run the selected exercise later (Ctrl+Down)</source>
        <translation>Faire l&apos;exercice sélectionné plus tard (Ctrl+Bas)</translation>
    </message>
</context>
<context>
    <name>BreathingIndicator</name>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>⚠ No audio device: ThrustTimer can&apos;t play ticks here, so there is nothing to calibrate. Connect headphones or speakers, then open this again.</source>
        <translation>⚠ Aucun périphérique audio : ThrustTimer ne peut pas jouer de tics ici, il n&apos;y a donc rien à calibrer. Branche un casque ou des enceintes, puis rouvre cette fenêtre.</translation>
    </message>
    <message>
        <source>The audio output is still starting: press Start again in a moment.</source>
        <translation>La sortie audio démarre encore : appuie de nouveau sur Démarrer dans un instant.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms later than the app plays them.</source>
        <translation>Tu entends les tics {lag} ms après que l&apos;appli les joue.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms earlier than the app plays them.</source>
        <translation>Tu entends les tics {lag} ms avant que l&apos;appli les joue.</translation>
    </message>
    <message>
        <source>You hear the ticks right on time.</source>
        <translation>Tu entends les tics pile à l&apos;heure.</translation>
    </message>
    <message>
        <source>Your taps were steady to ±{spread} ms ({used} used, {ignored} left out).</source>
        <translation>Tes tapes étaient régulières à ±{spread} ms près ({used} retenues, {ignored} écartées).</translation>
    </message>
    <message>
        <source>New latency offset: {new} ms (now {current} ms).</source>
        <translation>Nouveau décalage de latence : {new} ms (actuellement {current} ms).</translation>
    </message>
    <message>
        <source>Not enough taps on the beat: at least {taps} steady taps after the first {ticks} ticks are needed. Press Try again and tap on every tick you hear.</source>
        <translation>Pas assez de tapes en rythme : il faut au moins {taps} tapes régulières après les {ticks} premiers tics. Appuie sur Réessayer et tape à chaque tic que tu entends.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the latency offset</source>
        <translation>Calibrer le décalage de latence</translation>
    </message>
    <message>
        <source>Match the coach&apos;s sound to the beat</source>
        <translation>Caler le son du coach sur le rythme</translation>
    </message>
    <message>
        <source>Wear the headphones or speakers you train with. Bluetooth headphones often lag 100–300 ms. The latency offset now: {offset} ms.</source>
        <translation>Mets le casque ou les enceintes avec lesquels tu t&apos;entraînes. Les casques Bluetooth ont souvent 100 à 300 ms de retard. Décalage de latence actuel : {offset} ms.</translation>
    </message>
    <message>
        <source>Tap along</source>
        <translation>Taper en rythme</translation>
    </message>
    <message>
        <source>Tick meets flash</source>
        <translation>Tic et flash</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Leave the latency offset as it is (Esc)</source>
        <translation>Laisser le décalage de latence tel quel (Échap)</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Listen… tap on every tick you hear.</source>
        <translation>Écoute… tape à chaque tic que tu entends.</translation>
    </message>
    <message>
        <source>Tap on each tick</source>
        <translation>Tape à chaque tic</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Move the offset until the tick and the flash come together.</source>
        <translation>Déplace le décalage jusqu&apos;à ce que le tic et le flash coïncident.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Appuie sur Démarrer</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>{count} of {ticks} ticks could not be played ({reason}): try again.</source>
        <translation>{count} tics sur {ticks} n&apos;ont pas pu être joués ({reason}) : réessaie.</translation>
    </message>
    <message>
        <source>Use {offset} ms</source>
        <translation>Utiliser {offset} ms</translation>
    </message>
    <message>
        <source>{count} tap</source>
        <translation>{count} tape</translation>
    </message>
    <message>
        <source>{count} taps</source>
        <translation>{count} tapes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Run `{prog} SUBCOMMAND --help` for its options.</source>
        <translation>Lance `{prog} SOUS-COMMANDE --help` pour voir ses options.</translation>
    </message>
    <message>
        <source>The `thrusttimer` command: the window by default, or a subcommand.

thrusttimer [plan options]          open the window on a workout
thrusttimer plan [plan options]     print the compiled timeline (--json for a machine)
thrusttimer presets                 list the built-in presets
thrusttimer history [--since D] [--csv F] [--import F]   the training log
thrusttimer next [--preset NAME] [--json]    today&apos;s load and reps, and why
thrusttimer plates LOAD [--unit kg|lb]       the plates on each side for a load
thrusttimer --version</source>
        <translation>La commande `thrusttimer` : la fenêtre par défaut, ou une sous-commande.

thrusttimer [options du plan]          ouvre la fenêtre sur une séance
thrusttimer plan [options du plan]     affiche la chronologie compilée (--json pour une machine)
thrusttimer presets                    liste les modèles intégrés
thrusttimer history [--since D] [--csv F] [--import F]   le carnet d&apos;entraînement
thrusttimer next [--preset NOM] [--json]     la charge et les rép. du jour, et pourquoi
thrusttimer plates CHARGE [--unit kg|lb]     les disques de chaque côté pour une charge
thrusttimer --version</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <source>Where you are in the workout</source>
        <translation>Où tu en es dans la séance</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Reste {time}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>ExerciseBar</name>
    <message>
        <source>Exercise:</source>
        <translation>Exercice :</translation>
    </message>
    <message>
        <source>Exercise for the charts and records</source>
        <translation>Exercice des graphiques et des records</translation>
    </message>
    <message>
        <source>{exercise}: no sets yet.</source>
        <translation>{exercise} : aucune série pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>Switch</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Switch sides: the other leg takes over</source>
        <translation>Change de côté : l&apos;autre jambe prend le relais</translation>
    </message>
    <message>
        <source>exercise: {exercise} is unknown; choose from {allowed}</source>
        <translation>exercise : {exercise} est inconnu ; choisis parmi {allowed}</translation>
    </message>
    <message>
        <source>{file}: id: must be the file&apos;s name {name}, not {id}</source>
        <translation>{file} : id : doit être le nom du fichier {name}, pas {id}</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file} : TOML non valide : {error}</translation>
    </message>
    <message>
        <source>must be {format}, not {kind}</source>
        <translation>doit être {format}, pas {kind}</translation>
    </message>
    <message>
        <source>must be a list of phases, not {kind}</source>
        <translation>doit être une liste de phases, pas {kind}</translation>
    </message>
    <message>
        <source>{kind} is not a phase of a rep; must be one of {allowed}</source>
        <translation>{kind} n&apos;est pas une phase d&apos;une répétition ; doit être l&apos;une de {allowed}</translation>
    </message>
    <message>
        <source>must name brace, thrust, squeeze and descent once each; {phase} is there {count} times</source>
        <translation>doit nommer brace, thrust, squeeze et descent une fois chacune ; {phase} y figure {count} fois</translation>
    </message>
    <message>
        <source>{id} is used twice in {key}; ids must differ</source>
        <translation>{id} est utilisé deux fois dans {key} ; les identifiants doivent être différents</translation>
    </message>
    <message>
        <source>must be lowercase words joined by hyphens, not {id}</source>
        <translation>doit être des mots en minuscules reliés par des traits d&apos;union, pas {id}</translation>
    </message>
    <message>
        <source>{tempo} already sets phases.{phase}; each tempo number sets one phase</source>
        <translation>{tempo} fixe déjà phases.{phase} ; chaque nombre du tempo fixe une seule phase</translation>
    </message>
    <message>
        <source>must be true with stance {stance}: one leg works</source>
        <translation>doit être true avec la position {stance} : une seule jambe travaille</translation>
    </message>
</context>
<context>
    <name>ExerciseRecords</name>
    <message>
        <source>{exercise}, left side</source>
        <translation>{exercise}, côté gauche</translation>
    </message>
    <message>
        <source>{exercise}, right side</source>
        <translation>{exercise}, côté droit</translation>
    </message>
    <message>
        <source>best estimated 1RM (Epley) {estimate} on {day} ({load} × {reps})</source>
        <translation>meilleur 1RM estimé (Epley) : {estimate} le {day} ({load} × {reps})</translation>
    </message>
    <message>
        <source>heaviest {load} × {reps} on {day}</source>
        <translation>plus lourd : {load} × {reps} le {day}</translation>
    </message>
    <message>
        <source>most reps {reps} on {day}</source>
        <translation>plus de rép. : {reps} le {day}</translation>
    </message>
    <message>
        <source>most volume in a session {volume} × reps on {day}</source>
        <translation>plus gros volume en une séance : {volume} × rép. le {day}</translation>
    </message>
    <message>
        <source>no work sets yet</source>
        <translation>aucune série de travail pour l&apos;instant</translation>
    </message>
    <message>
        <source>{count} work set</source>
        <translation>{count} série de travail</translation>
    </message>
    <message>
        <source>{count} work sets</source>
        <translation>{count} séries de travail</translation>
    </message>
    <message>
        <source>{exercise}: {records} ({sets}).</source>
        <translation>{exercise} : {records} ({sets}).</translation>
    </message>
</context>
<context>
    <name>ExerciseSchema</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>une date ou une heure</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>doit être une table, pas {kind}</translation>
    </message>
    <message>
        <source>unknown key; allowed here: {keys}</source>
        <translation>clé inconnue ; clés permises ici : {keys}</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>manquant ; il est obligatoire</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>doit être true ou false, pas {kind}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {kind}</source>
        <translation>doit être l&apos;un de {allowed}, pas {kind}</translation>
    </message>
    <message>
        <source>must be a list ([[{key}]]), not {kind}</source>
        <translation>doit être une liste ([[{key}]]), pas {kind}</translation>
    </message>
    <message>
        <source>must not be empty: list at least one</source>
        <translation>ne doit pas être vide : indiques-en au moins un</translation>
    </message>
    <message>
        <source>must be a non-empty list of text, not {kind}</source>
        <translation>doit être une liste non vide de textes, pas {kind}</translation>
    </message>
    <message>
        <source>must be text that is not empty, not {kind}</source>
        <translation>doit être un texte non vide, pas {kind}</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>aucun ici</translation>
    </message>
    <message>
        <source>braces must pair up around a placeholder ({allowed})</source>
        <translation>les accolades doivent aller par paires autour d&apos;un paramètre ({allowed})</translation>
    </message>
    <message>
        <source>placeholder {placeholder} is not allowed; placeholders: {allowed}</source>
        <translation>le paramètre {placeholder} n&apos;est pas permis ; paramètres : {allowed}</translation>
    </message>
</context>
<context>
    <name>FlashCircle</name>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <source>Press Start: the circle flashes on every tick. Move the offset until you hear each tick exactly when you see the flash. ← → move it 5 ms, ↑ ↓ in the box 1 ms.</source>
        <translation>Appuie sur Démarrer : le cercle clignote à chaque tic. Déplace le décalage jusqu&apos;à entendre chaque tic exactement quand tu vois le flash. ← → le déplacent de 5 ms, ↑ ↓ dans la case de 1 ms.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Latency offset under test</source>
        <translation>Décalage de latence en test</translation>
    </message>
    <message>
        <source>Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms</source>
        <translation>Son plus tardif → vers la droite. ← → 5 ms, Pg préc./Pg suiv. 50 ms</translation>
    </message>
    <message>
        <source>Latency offset under test, ms</source>
        <translation>Décalage de latence en test, ms</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Flash the circle and play a tick with it, until Stop</source>
        <translation>Faire clignoter le cercle avec un tic à chaque fois, jusqu&apos;à Arrêter</translation>
    </message>
    <message>
        <source>Use this offset</source>
        <translation>Utiliser ce décalage</translation>
    </message>
    <message>
        <source>Put the offset shown into the latency field</source>
        <translation>Mettre le décalage affiché dans le champ de latence</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Open the ThrustTimer window. Subcommands: plan, presets (see --help).</source>
        <translation>Ouvre la fenêtre de ThrustTimer. Sous-commandes : plan, presets (voir --help).</translation>
    </message>
    <message>
        <source>write what the session does to FILE, one JSON object per line</source>
        <translation>écrit ce que fait la séance dans FILE, un objet JSON par ligne</translation>
    </message>
    <message>
        <source>open the window at this size</source>
        <translation>ouvre la fenêtre à cette taille</translation>
    </message>
    <message>
        <source>{flag}: {value} is not WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>{flag} : {value} n&apos;est pas LARGEURxHAUTEUR, par ex. 1366x768</translation>
    </message>
    <message>
        <source>{flag}: {value} is out of range; allowed 320x240 to 10000x10000</source>
        <translation>{flag} : {value} est hors limites ; permis : de 320x240 à 10000x10000</translation>
    </message>
    <message>
        <source>{flag}: {value} is not SECONDS:PATH</source>
        <translation>{flag} : {value} n&apos;est pas SECONDES:CHEMIN</translation>
    </message>
</context>
<context>
    <name>GymScreen</name>
    <message>
        <source>Press D to watch how a rep is done</source>
        <translation>Appuie sur D pour voir comment se fait une répétition</translation>
    </message>
    <message>
        <source>Watch how it&apos;s done · {phase}</source>
        <translation>Regarde comment faire · {phase}</translation>
    </message>
</context>
<context>
    <name>GymWords</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Paused · press Space to resume</source>
        <translation>En pause · Espace pour reprendre</translation>
    </message>
    <message>
        <source>Ready? press Space</source>
        <translation>Prêt ? Appuie sur Espace</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Côté gauche d&apos;abord</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Côté droit d&apos;abord</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Côté gauche ensuite</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Côté droit ensuite</translation>
    </message>
    <message>
        <source>Set up: {instruction}</source>
        <translation>Position : {instruction}</translation>
    </message>
    <message>
        <source>All {count} exercises done</source>
        <translation>Les {count} exercices sont faits</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Exercice {number} sur {count}</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Exercice suivant : {exercise}</translation>
    </message>
    <message>
        <source>Warm-up –/{sets}</source>
        <translation>Échauff. –/{sets}</translation>
    </message>
    <message>
        <source>Set –/{sets}</source>
        <translation>Série –/{sets}</translation>
    </message>
    <message>
        <source>Rep –/{reps}</source>
        <translation>Rép. –/{reps}</translation>
    </message>
    <message>
        <source>Warm-up {number}/{sets}</source>
        <translation>Échauff. {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Série {number}/{sets}</translation>
    </message>
    <message>
        <source>Rep {rep}/{reps}</source>
        <translation>Rép. {rep}/{reps}</translation>
    </message>
    <message>
        <source>{reps} rep · tempo {tempo}</source>
        <translation>{reps} rép. · tempo {tempo}</translation>
    </message>
    <message>
        <source>{reps} reps · tempo {tempo}</source>
        <translation>{reps} rép. · tempo {tempo}</translation>
    </message>
    <message>
        <source>Next: {exercise} — {set} · {details}</source>
        <translation>Ensuite : {exercise} — {set} · {details}</translation>
    </message>
    <message>
        <source>Next: {set} · {details}</source>
        <translation>Ensuite : {set} · {details}</translation>
    </message>
    <message>
        <source>{name}: {count} exercises</source>
        <translation>{name} : {count} exercices</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps} each side</source>
        <translation>{exercise} {sets} × {reps} par côté</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}</source>
        <translation>{exercise} {sets} × {reps}</translation>
    </message>
    <message>
        <source>Done: {exercises}</source>
        <translation>Fini : {exercises}</translation>
    </message>
    <message>
        <source>{count} exercises · {tension} s under tension · Space to go again</source>
        <translation>{count} exercices · {tension} s sous tension · Espace pour recommencer</translation>
    </message>
    <message>
        <source>{sets} × {reps} done · {tension} s under tension · Space to go again</source>
        <translation>{sets} × {reps} faits · {tension} s sous tension · Espace pour recommencer</translation>
    </message>
    <message>
        <source>Press Space to start · {plan}</source>
        <translation>Espace pour démarrer · {plan}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation>Espace pour recommencer</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respire</translation>
    </message>
</context>
<context>
    <name>HeadlessProgress</name>
    <message>
        <source>set {set}/{sets} · rep {rep}/{reps}</source>
        <translation>série {set}/{sets} · rép. {rep}/{reps}</translation>
    </message>
    <message>
        <source>set {set}/{sets}</source>
        <translation>série {set}/{sets}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{where} · {state} {left} s · {position} of {total}</source>
        <translation>{where} · {state} {left} s · {position} sur {total}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>top load per training day</source>
        <translation>charge max par jour d&apos;entraînement</translation>
    </message>
    <message>
        <source>weekly volume (load × reps)</source>
        <translation>volume hebdomadaire (charge × rép.)</translation>
    </message>
    <message>
        <source>time under tension per training day</source>
        <translation>temps sous tension par jour d&apos;entraînement</translation>
    </message>
    <message>
        <source>estimated 1RM per training day (Epley)</source>
        <translation>1RM estimé par jour d&apos;entraînement (Epley)</translation>
    </message>
    <message>
        <source>Top load</source>
        <translation>Charge max</translation>
    </message>
    <message>
        <source>Weekly volume</source>
        <translation>Volume hebdo</translation>
    </message>
    <message>
        <source>Time under tension</source>
        <translation>Temps sous tension</translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation>1RM estimé</translation>
    </message>
    <message>
        <source>{exercise}: {chart}</source>
        <translation>{exercise} : {chart}</translation>
    </message>
    <message>
        <source>{chart}: no sessions yet</source>
        <translation>{chart} : aucune séance pour l&apos;instant</translation>
    </message>
    <message>
        <source>{chart}: none recorded yet</source>
        <translation>{chart} : rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not shown: {count} imported session with no time under tension recorded</source>
        <translation>Non affichée : {count} séance importée sans temps sous tension enregistré</translation>
    </message>
    <message>
        <source>Not shown: {count} imported sessions with no time under tension recorded</source>
        <translation>Non affichées : {count} séances importées sans temps sous tension enregistré</translation>
    </message>
    <message>
        <source>Not shown: {count} session with no time under tension recorded</source>
        <translation>Non affichée : {count} séance sans temps sous tension enregistré</translation>
    </message>
    <message>
        <source>Not shown: {count} sessions with no time under tension recorded</source>
        <translation>Non affichées : {count} séances sans temps sous tension enregistré</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Record personnel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>{unit} × reps</source>
        <translation>{unit} × rép.</translation>
    </message>
    <message>
        <source>Weeks, Monday to Sunday</source>
        <translation>Semaines, du lundi au dimanche</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the log could not be used); 2 bad options, or an --import path that is no file of at most 50 MB; {code} imported, but some rows were bad and skipped (each named on stderr; rows of exercises ThrustTimer does not know are named there too, and do not change the code)</source>
        <translation>codes de sortie : 0 terminé ; 1 rien d&apos;importé (le fichier n&apos;est pas un export Strong ou Hevy, ou le carnet n&apos;a pas pu être utilisé) ; 2 options incorrectes, ou un chemin --import qui n&apos;est pas un fichier de 50 Mo au plus ; {code} importé, mais des lignes incorrectes ont été ignorées (chacune est nommée sur stderr ; les lignes d&apos;exercices que ThrustTimer ne connaît pas y sont nommées aussi et ne changent pas le code)</translation>
    </message>
    <message>
        <source>Print the training log, export it as a Strong CSV, or import a Strong or Hevy export. The log is {path} (set THRUSTTIMER_DATA_DIR to use another folder).</source>
        <translation>Affiche le carnet d&apos;entraînement, l&apos;exporte en CSV Strong, ou importe un export Strong ou Hevy. Le carnet est {path} (définis THRUSTTIMER_DATA_DIR pour utiliser un autre dossier).</translation>
    </message>
    <message>
        <source>only sessions on or after this day</source>
        <translation>seulement les séances de ce jour ou après</translation>
    </message>
    <message>
        <source>write the log as a Strong-format CSV (- for stdout)</source>
        <translation>écrit le carnet en CSV au format Strong (- pour stdout)</translation>
    </message>
    <message>
        <source>kg or lb (default kg)</source>
        <translation>kg ou lb (kg par défaut)</translation>
    </message>
    <message>
        <source>import a Strong or Hevy CSV export</source>
        <translation>importe un export CSV de Strong ou Hevy</translation>
    </message>
    <message>
        <source>the unit of a Strong export&apos;s Weight column, kg or lb (default kg; exports with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy&apos;s, say their unit)</source>
        <translation>l&apos;unité de la colonne Weight d&apos;un export Strong, kg ou lb (kg par défaut ; les exports avec Weight (kg), Weight (lbs) ou une colonne Weight Unit, et ceux de Hevy, indiquent leur unité)</translation>
    </message>
    <message>
        <source>show the table and charts in a window</source>
        <translation>affiche le tableau et les graphiques dans une fenêtre</translation>
    </message>
    <message>
        <source>only this exercise&apos;s sets: {exercises} (default: every exercise)</source>
        <translation>seulement les séries de cet exercice : {exercises} (par défaut : tous les exercices)</translation>
    </message>
    <message>
        <source>--import: give it alone, without --csv, --since or --exercise</source>
        <translation>--import : à donner seul, sans --csv, --since ni --exercise</translation>
    </message>
    <message>
        <source>--window: give it without --csv or --import</source>
        <translation>--window : à donner sans --csv ni --import</translation>
    </message>
    <message>
        <source>thrusttimer history: --exercise: no sets of {exercise} in the log yet; the window charts {charted}</source>
        <translation>thrusttimer history : --exercise : aucune série de {exercise} dans le carnet pour l&apos;instant ; la fenêtre affiche {charted}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01</source>
        <translation>{flag} : {value} n&apos;est pas une date ; permis : AAAA-MM-JJ, par ex. 2026-11-01</translation>
    </message>
    <message>
        <source>{flag}: {value} is not an exercise; allowed: {ids}</source>
        <translation>{flag} : {value} n&apos;est pas un exercice ; permis : {ids}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag} : {value} n&apos;est pas une unité ; permis : kg ou lb</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad row</source>
        <translation>{file} : et {count} autre ligne incorrecte</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad rows</source>
        <translation>{file} : et {count} autres lignes incorrectes</translation>
    </message>
    <message>
        <source>{file}: and {count} more row of exercises ThrustTimer does not know, skipped</source>
        <translation>{file} : et {count} autre ligne d&apos;exercices inconnus de ThrustTimer, ignorée</translation>
    </message>
    <message>
        <source>{file}: and {count} more rows of exercises ThrustTimer does not know, skipped</source>
        <translation>{file} : et {count} autres lignes d&apos;exercices inconnus de ThrustTimer, ignorées</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag} : impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Wrote {sets} sets from {sessions} sessions to {path}</source>
        <translation>{sets} séries de {sessions} séances écrites dans {path}</translation>
    </message>
    <message>
        <source>No sessions in the training log {path}.</source>
        <translation>Aucune séance dans le carnet d&apos;entraînement {path}.</translation>
    </message>
    <message>
        <source>No sessions in the training log.</source>
        <translation>Aucune séance dans le carnet d&apos;entraînement.</translation>
    </message>
    <message>
        <source>partial, {reps} of {planned}</source>
        <translation>partielle, {reps} sur {planned}</translation>
    </message>
    <message>
        <source>{sessions}, {sets}.</source>
        <translation>{sessions}, {sets}.</translation>
    </message>
    <message>
        <source>{exercise}, left</source>
        <translation>{exercise}, gauche</translation>
    </message>
    <message>
        <source>{exercise}, right</source>
        <translation>{exercise}, droite</translation>
    </message>
    <message>
        <source>set</source>
        <translation>série</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TST</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min, from {source}</source>
        <translation>{start}  {name}, {minutes} min, via {source}</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min</source>
        <translation>{start}  {name}, {minutes} min</translation>
    </message>
    <message>
        <source>{start}  {name}, from {source}</source>
        <translation>{start}  {name}, via {source}</translation>
    </message>
    <message>
        <source>{start}  {name}</source>
        <translation>{start}  {name}</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} séance</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} série</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} séries</translation>
    </message>
</context>
<context>
    <name>HistorySides</name>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Record gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Record droite</translation>
    </message>
    <message>
        <source>Unknown side</source>
        <translation>Côté inconnu</translation>
    </message>
    <message>
        <source>Unknown side record</source>
        <translation>Record côté inconnu</translation>
    </message>
    <message>
        <source>Left and right sides together</source>
        <translation>Côtés gauche et droit ensemble</translation>
    </message>
    <message>
        <source>{chart}: no loads logged yet</source>
        <translation>{chart} : aucune charge notée pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>warm-up</source>
        <translation>échauffement</translation>
    </message>
    <message>
        <source>drop set</source>
        <translation>dégressive</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>jusqu&apos;à l&apos;échec</translation>
    </message>
    <message>
        <source>When / set</source>
        <translation>Quand / série</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TST</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Set {number} deleted. Ctrl+Z undoes it.</source>
        <translation>Série {number} supprimée. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was deleted.</source>
        <translation>Annulé : la série {number} est revenue telle qu&apos;avant sa suppression.</translation>
    </message>
    <message>
        <source>Set {number} changed. Ctrl+Z undoes it.</source>
        <translation>Série {number} modifiée. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was changed.</source>
        <translation>Annulé : la série {number} est revenue telle qu&apos;avant sa modification.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>série {number}</translation>
    </message>
    <message>
        <source>{reps} of {planned}</source>
        <translation>{reps} sur {planned}</translation>
    </message>
    <message>
        <source>{set} · partial</source>
        <translation>{set} · partielle</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>The training log cannot be shown: {error}</source>
        <translation>Impossible d&apos;afficher le carnet d&apos;entraînement : {error}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to {path}.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans {path}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>not a Strong or Hevy export: the first line is {header}; expected Strong&apos;s {strong},... or Hevy&apos;s {hevy}</source>
        <translation>pas un export Strong ou Hevy : la première ligne est {header} ; attendu celle de Strong {strong},... ou celle de Hevy {hevy}</translation>
    </message>
    <message>
        <source>has {fields} fields, the header has {columns}</source>
        <translation>a {fields} champs, l&apos;en-tête en a {columns}</translation>
    </message>
    <message>
        <source>the training log could not be written, nothing imported: {error}</source>
        <translation>impossible d&apos;écrire le carnet d&apos;entraînement, rien n&apos;a été importé : {error}</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>{file} is not a file: there is nothing by that name</source>
        <translation>{file} n&apos;est pas un fichier : rien ne porte ce nom</translation>
    </message>
    <message>
        <source>{file} is not a file but {kind}; allowed: a CSV file</source>
        <translation>{file} n&apos;est pas un fichier mais {kind} ; permis : un fichier CSV</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; allowed: up to {limit}</source>
        <translation>{file} fait {size} ; permis : jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>un tube</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>autre chose qu&apos;un fichier</translation>
    </message>
    <message>
        <source>over {size}</source>
        <translation>plus de {size}</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} Mo</translation>
    </message>
    <message>
        <source>byte {byte} is not {encoding} text; save the file as UTF-8 and import it again</source>
        <translation>l&apos;octet {byte} n&apos;est pas du texte {encoding} ; enregistre le fichier en UTF-8 et importe-le de nouveau</translation>
    </message>
    <message>
        <source>{character} is half of a character (a lone surrogate), not text</source>
        <translation>{character} est une moitié de caractère (un surrogate isolé), pas du texte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>line 1: the header is empty; expected the names of the columns</source>
        <translation>ligne 1 : l&apos;en-tête est vide ; attendu : les noms des colonnes</translation>
    </message>
    <message>
        <source>a cell is longer than {count} characters</source>
        <translation>une cellule dépasse {count} caractères</translation>
    </message>
    <message>
        <source>not readable as CSV</source>
        <translation>illisible en CSV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{sets} in {sessions} imported from a {format} export</source>
        <translation>{sets} en {sessions} importées depuis un export {format}</translation>
    </message>
    <message>
        <source>{sessions} already in the log got the sets it was missing</source>
        <translation>{sessions} déjà dans le carnet : séries manquantes ajoutées</translation>
    </message>
    <message>
        <source>{sets} already in the log</source>
        <translation>{sets} déjà dans le carnet</translation>
    </message>
    <message>
        <source>{rows} of exercises ThrustTimer does not know skipped</source>
        <translation>{rows} d&apos;exercices inconnus de ThrustTimer ignorée(s)</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>{rows} skipped</source>
        <translation>{rows} ignorée(s)</translation>
    </message>
    <message>
        <source>{count} bad row</source>
        <translation>{count} ligne incorrecte</translation>
    </message>
    <message>
        <source>{count} bad rows</source>
        <translation>{count} lignes incorrectes</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} série</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} séries</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} séance</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} séances</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h after {column}</source>
        <translation>{value} n&apos;est pas permis ; permis : jusqu&apos;à {hours} h après {column}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} n&apos;est pas l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>empty; allowed: the name of an exercise</source>
        <translation>vide ; permis : le nom d&apos;un exercice</translation>
    </message>
    <message>
        <source>{length} characters long; allowed: up to {limit}</source>
        <translation>{length} caractères ; permis : jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: {allowed}</source>
        <translation>{value} n&apos;est pas permis ; permis : {allowed}</translation>
    </message>
    <message>
        <source>0 to {most} {unit}</source>
        <translation>0 à {most} {unit}</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>un nombre entier de 0 à {most}</translation>
    </message>
    <message>
        <source>empty; allowed: {allowed}</source>
        <translation>vide ; permis : {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a whole number of reps</source>
        <translation>{value} n&apos;est pas un nombre entier de répétitions</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: 6 to 10 in half steps</source>
        <translation>{value} n&apos;est pas permis ; permis : 6 à 10 par demi-points</translation>
    </message>
    <message>
        <source>0 to {most} seconds</source>
        <translation>0 à {most} secondes</translation>
    </message>
    <message>
        <source>{value} is not a date like {example}</source>
        <translation>{value} n&apos;est pas une date comme {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: a date from {first} to {last}</source>
        <translation>{value} n&apos;est pas permis ; permis : une date du {first} au {last}</translation>
    </message>
    <message>
        <source>{value} is not a duration like {example}</source>
        <translation>{value} n&apos;est pas une durée comme {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h</source>
        <translation>{value} n&apos;est pas permis ; permis : jusqu&apos;à {hours} h</translation>
    </message>
    <message>
        <source>{value} is not a set number or {letters}</source>
        <translation>{value} n&apos;est pas un numéro de série ni {letters}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is larger than any journal ThrustTimer writes</source>
        <translation>il est plus gros que tout journal écrit par ThrustTimer</translation>
    </message>
    <message>
        <source>none of the sets in it were added</source>
        <translation>aucune de ses séries n&apos;a été ajoutée</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>entrée {number} : {problem}</translation>
    </message>
    <message>
        <source>{count} unreadable entries were left out ({problems})</source>
        <translation>{count} entrées illisibles ont été écartées ({problems})</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>est endommagé</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem} and could not be kept aside ({reason}); {outcome}.</source>
        <translation>Le fichier des séries en attente du carnet d&apos;entraînement, {path}, {problem} et n&apos;a pas pu être mis de côté ({reason}) ; {outcome}.</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem}; it was kept as {aside} and {outcome}.</source>
        <translation>Le fichier des séries en attente du carnet d&apos;entraînement, {path}, {problem} ; il a été conservé sous {aside} et {outcome}.</translation>
    </message>
    <message>
        <source>it is not a format-{format} journal</source>
        <translation>ce n&apos;est pas un journal au format {format}</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>il n&apos;a pas de liste d&apos;entrées</translation>
    </message>
    <message>
        <source>{value} is not an entry</source>
        <translation>{value} n&apos;est pas une entrée</translation>
    </message>
    <message>
        <source>its session is not a name and a start time</source>
        <translation>sa séance n&apos;est pas un nom et une heure de début</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>nom de la séance</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>début de la séance</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>type {value} is not set or end</source>
        <translation>le type {value} n&apos;est ni set ni end</translation>
    </message>
    <message>
        <source>load {value} is not a number</source>
        <translation>la charge {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>set number {value} is not a whole number, 1 or more</source>
        <translation>le numéro de série {value} n&apos;est pas un nombre entier de 1 ou plus</translation>
    </message>
    <message>
        <source>kind {value} is not one of {allowed}</source>
        <translation>le genre {value} n&apos;est pas l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>side {value} is not left or right</source>
        <translation>le côté {value} n&apos;est ni left ni right</translation>
    </message>
    <message>
        <source>planned reps {value} is not a whole number</source>
        <translation>les rép. prévues {value} ne sont pas un nombre entier</translation>
    </message>
    <message>
        <source>time under tension {value} is not a number</source>
        <translation>le temps sous tension {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>{field} {value} is not text of at most 1000 characters</source>
        <translation>{field} {value} n&apos;est pas un texte de 1000 caractères au plus</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time with its offset</source>
        <translation>{field} {value} n&apos;est pas une date et heure avec son décalage</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} est manquant</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>une valeur est manquante</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>The screen may sleep mid-set: set it to stay on in your system settings</source>
        <translation>L&apos;écran peut se mettre en veille en pleine série : règle-le pour qu&apos;il reste allumé dans les paramètres du système</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Une séance est en cours</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start, pause or resume the workout</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance</translation>
    </message>
    <message>
        <source>Space, media Play/Pause, clicker B</source>
        <translation>Espace, Lecture/Pause multimédia, télécommande B</translation>
    </message>
    <message>
        <source>Redo rep</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Restart the current rep</source>
        <translation>Recommencer la répétition en cours</translation>
    </message>
    <message>
        <source>←, PageUp</source>
        <translation>←, Pg préc.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this phase, or the rest</source>
        <translation>Passer cette phase, ou le repos</translation>
    </message>
    <message>
        <source>→, PageDown</source>
        <translation>→, Pg suiv.</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Shorten the rest by 30 seconds</source>
        <translation>Raccourcir le repos de 30 secondes</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Lengthen the rest by 30 seconds</source>
        <translation>Allonger le repos de 30 secondes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>End the rest now and count in the next set</source>
        <translation>Finir le repos maintenant et lancer le décompte de la série suivante</translation>
    </message>
    <message>
        <source>Enter (or Space while waiting)</source>
        <translation>Entrée (ou Espace pendant l&apos;attente)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the workout (press twice to confirm)</source>
        <translation>Arrêter la séance (appuie deux fois pour confirmer)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Watch how a rep is done</source>
        <translation>Voir comment se fait une répétition</translation>
    </message>
    <message>
        <source>Workout…</source>
        <translation>Séance…</translation>
    </message>
    <message>
        <source>Choose and set up the workout</source>
        <translation>Choisir et régler la séance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your training log and progress charts</source>
        <translation>Ton carnet d&apos;entraînement et tes graphiques de progrès</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activer ou quitter le plein écran</translation>
    </message>
    <message>
        <source>{does} ({keys})</source>
        <translation>{does} ({keys})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>the language to use: {choices} (default: the system&apos;s)</source>
        <translation>la langue à utiliser : {choices} (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>--language: expected a language code: {choices}</source>
        <translation>--language : code de langue attendu : {choices}</translation>
    </message>
    <message>
        <source>--language: &apos;{value}&apos; is not a language ThrustTimer speaks; choose {choices}</source>
        <translation>--language : &apos;{value}&apos; n&apos;est pas une langue que ThrustTimer parle ; choisis {choices}</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Comme le système : {language}</translation>
    </message>
    <message>
        <source>As the screen</source>
        <translation>Comme l&apos;écran</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ThrustTimer.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de ThrustTimer.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>no speech engine and not in the voice pack</source>
        <translation>pas de moteur vocal et absent du pack de voix</translation>
    </message>
    <message>
        <source>Could not voice “{phrase}” ({reason})</source>
        <translation>Impossible de dire « {phrase} » ({reason})</translation>
    </message>
    <message>
        <source>No voice clips could be prepared ({reason})</source>
        <translation>Aucun extrait vocal n&apos;a pu être préparé ({reason})</translation>
    </message>
    <message>
        <source>The speech engine could not start ({reason})</source>
        <translation>Le moteur vocal n&apos;a pas pu démarrer ({reason})</translation>
    </message>
    <message>
        <source>{count} phrases (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} phrases (« {phrase} »…) utilisent la voix intégrée car le moteur vocal a échoué sur elles ({reason})</translation>
    </message>
    <message>
        <source>{count} phrase (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} phrase (« {phrase} »…) utilise la voix intégrée car le moteur vocal a échoué sur elle ({reason})</translation>
    </message>
</context>
<context>
    <name>LoadField</name>
    <message>
        <source>not logged</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>type the load</source>
        <translation>saisis la charge</translation>
    </message>
</context>
<context>
    <name>LoadPrompt</name>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now</source>
        <translation>Saisis-la ou ajuste-la (Pg préc./Pg suiv.) · Échap : pas maintenant</translation>
    </message>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now · Tab: the next exercise&apos;s</source>
        <translation>Saisis-la ou ajuste-la (Pg préc./Pg suiv.) · Échap : pas maintenant · Tab : celle de l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Not logging the load  (N)</source>
        <translation>Ne pas noter la charge  (N)</translation>
    </message>
    <message>
        <source>Not logged  (N)</source>
        <translation>Non notée  (N)</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Démarrer  (Entrée)</translation>
    </message>
    <message>
        <source>Start  (⏎)</source>
        <translation>Démarrer  (⏎)</translation>
    </message>
    <message>
        <source>No load yet: type it, or Start again to go without logging it</source>
        <translation>Pas encore de charge : saisis-la, ou Démarrer de nouveau pour continuer sans la noter</translation>
    </message>
    <message>
        <source>Load on the bar</source>
        <translation>Charge sur la barre</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Load for {workout}</source>
        <translation>Charge pour {workout}</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Sans échauffement</translation>
    </message>
    <message>
        <source>Warm-up: {count} set  (W)</source>
        <translation>Échauffement : {count} série  (W)</translation>
    </message>
    <message>
        <source>Warm-up: {count} sets  (W)</source>
        <translation>Échauffement : {count} séries  (W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} set: W)</source>
        <translation>Sans échauffement ({count} série : W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} sets: W)</source>
        <translation>Sans échauffement ({count} séries : W)</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>lighter than the empty bar</source>
        <translation>plus léger que la barre à vide</translation>
    </message>
    <message>
        <source>heavier than all your plates</source>
        <translation>plus lourd que tous tes disques</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>poids du corps</translation>
    </message>
    <message>
        <source>{load} held on the hips</source>
        <translation>{load} tenu sur les hanches</translation>
    </message>
    <message>
        <source>the empty bar</source>
        <translation>la barre à vide</translation>
    </message>
    <message>
        <source>{plates} each side</source>
        <translation>{plates} de chaque côté</translation>
    </message>
    <message>
        <source>{plates} (collars {collar} each)</source>
        <translation>{plates} (stop-disques de {collar} chacun)</translation>
    </message>
    <message>
        <source>{load}: {plates}</source>
        <translation>{load} : {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded up to {load}: {plates}</source>
        <translation>{target} est {beyond} ; arrondi au-dessus à {load} : {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded down to {load}: {plates}</source>
        <translation>{target} est {beyond} ; arrondi en dessous à {load} : {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded up to {load}: {plates}</source>
        <translation>{target} ne peut pas se faire avec tes disques ; arrondi au-dessus à {load} : {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded down to {load}: {plates}</source>
        <translation>{target} ne peut pas se faire avec tes disques ; arrondi en dessous à {load} : {plates}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>take off {off}, then add {on} each side</source>
        <translation>enlève {off}, puis ajoute {on} de chaque côté</translation>
    </message>
    <message>
        <source>take off {off} each side</source>
        <translation>enlève {off} de chaque côté</translation>
    </message>
    <message>
        <source>add {on} each side</source>
        <translation>ajoute {on} de chaque côté</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} × {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} et {last}</translation>
    </message>
</context>
<context>
    <name>LoadingCommand</name>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag} : {value} n&apos;est pas une unité ; permis : kg ou lb</translation>
    </message>
</context>
<context>
    <name>LoadingForm</name>
    <message>
        <source>at most {most} plate weights</source>
        <translation>{most} poids de disque au plus</translation>
    </message>
    <message>
        <source>each weight once ({allowed})</source>
        <translation>chaque poids une seule fois ({allowed})</translation>
    </message>
    <message>
        <source>the same as plate {number}</source>
        <translation>le même que le disque {number}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>{most} étapes au plus</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non permis</translation>
    </message>
    <message>
        <source>⚠ {field}: {problem}. Allowed: {allowed}.</source>
        <translation>⚠ {field} : {problem}. Permis : {allowed}.</translation>
    </message>
</context>
<context>
    <name>LogEditing</name>
    <message>
        <source>no set with id {id} in the training log</source>
        <translation>aucune série avec l&apos;id {id} dans le carnet d&apos;entraînement</translation>
    </message>
    <message>
        <source>the set with id {id} belongs to no session</source>
        <translation>la série avec l&apos;id {id} n&apos;appartient à aucune séance</translation>
    </message>
</context>
<context>
    <name>LogEntry</name>
    <message>
        <source>Keep  (Enter)</source>
        <translation>Garder  (Entrée)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Enregistrer  (Entrée)</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Série {number} sur {sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Série {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Série {number}</translation>
    </message>
    <message>
        <source>{set}: partial</source>
        <translation>{set} : partielle</translation>
    </message>
    <message>
        <source>{set} partial</source>
        <translation>{set} partielle</translation>
    </message>
    <message>
        <source>{set} logged</source>
        <translation>{set} notée</translation>
    </message>
    <message>
        <source>Set logged</source>
        <translation>Série notée</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Passer  (Échap)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> sur {planned}</translation>
    </message>
    <message>
        <source>Set {number} kept its first values: {error}</source>
        <translation>La série {number} a gardé ses premières valeurs : {error}</translation>
    </message>
</context>
<context>
    <name>LogOpening</name>
    <message>
        <source>the file is damaged (SQLite&apos;s report of it is not readable text)</source>
        <translation>le fichier est endommagé (le rapport de SQLite à son sujet n&apos;est pas un texte lisible)</translation>
    </message>
    <message>
        <source>another program is writing to it ({detail})</source>
        <translation>un autre programme est en train d&apos;y écrire ({detail})</translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation>le disque est plein ({detail})</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({detail})</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit ({detail})</translation>
    </message>
    <message>
        <source>it cannot be written in its folder ({detail})</source>
        <translation>impossible d&apos;écrire dans son dossier ({detail})</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>le fichier est endommagé ({detail})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: {problem}</source>
        <translation>le carnet d&apos;entraînement {path} est inutilisable pour le moment : {problem}</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}). It was moved to {aside} in the same folder and a new log was started; nothing was deleted.</source>
        <translation>Le carnet d&apos;entraînement {path} n&apos;a pas pu être lu ({reason}). Il a été déplacé vers {aside} dans le même dossier et un nouveau carnet a été commencé ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>cannot start a new training log at {path}: {problem}</source>
        <translation>impossible de commencer un nouveau carnet d&apos;entraînement dans {path} : {problem}</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: SQLite cannot keep a write-ahead log in its folder (journal mode {mode})</source>
        <translation>le carnet d&apos;entraînement {path} est inutilisable pour le moment : SQLite ne peut pas tenir de journal WAL dans son dossier (mode de journal {mode})</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>integrity check: {report}</source>
        <translation>contrôle d&apos;intégrité : {report}</translation>
    </message>
    <message>
        <source>its header is damaged (bytes 18 and 19 are {first}, {second})</source>
        <translation>son en-tête est endommagé (les octets 18 et 19 valent {first}, {second})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be read and cannot be moved aside: {reason}</source>
        <translation>le carnet d&apos;entraînement {path} ne peut être ni lu ni mis de côté : {reason}</translation>
    </message>
</context>
<context>
    <name>LogReading</name>
    <message>
        <source>the session with id {id}</source>
        <translation>la séance avec l&apos;id {id}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>the set with id {id}: it belongs to no session; it is not shown</source>
        <translation>la série avec l&apos;id {id} : elle n&apos;appartient à aucune séance ; elle n&apos;est pas affichée</translation>
    </message>
    <message>
        <source>the {count} set(s) of the session with id {id} are not shown</source>
        <translation>les {count} série(s) de la séance avec l&apos;id {id} ne sont pas affichées</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>no readable set with id {id} in the training log ({reason})</source>
        <translation>aucune série lisible avec l&apos;id {id} dans le carnet d&apos;entraînement ({reason})</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems} ; et {count} de plus</translation>
    </message>
    <message>
        <source>The training log {path} has {count} damaged value(s); the file was left as it is: {problems}.</source>
        <translation>Le carnet d&apos;entraînement {path} a {count} valeur(s) endommagée(s) ; le fichier a été laissé tel quel : {problems}.</translation>
    </message>
    <message>
        <source>set {number} of {session}</source>
        <translation>série {number} de {session}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>set number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>planned reps</source>
        <translation>rép. prévues</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>time under tension</source>
        <translation>temps sous tension</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>{where}: {problem}; it is not shown</source>
        <translation>{where} : {problem} ; pas affiché</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>le carnet d&apos;entraînement</translation>
    </message>
    <message>
        <source>the session of {start}</source>
        <translation>la séance du {start}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>{problem}; it is shown empty</source>
        <translation>{problem} ; affiché vide</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>le champ {field} manque</translation>
    </message>
    <message>
        <source>the {field} is missing; it is shown as {value}</source>
        <translation>le champ {field} manque ; affiché comme {value}</translation>
    </message>
    <message>
        <source>the {field} has bytes that are not text; they are shown as �</source>
        <translation>le champ {field} contient des octets qui ne sont pas du texte ; ils sont affichés comme �</translation>
    </message>
    <message>
        <source>the {field} {value} is not a whole number, {low} or more</source>
        <translation>le champ {field} {value} n&apos;est pas un nombre entier de {low} ou plus</translation>
    </message>
    <message>
        <source>the {field} {value} is not a number, {low} or more</source>
        <translation>le champ {field} {value} n&apos;est pas un nombre de {low} ou plus</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>the {field} {value} is not 6 to 10 in half steps</source>
        <translation>le champ {field} {value} n&apos;est pas entre 6 et 10 par demi-points</translation>
    </message>
    <message>
        <source>the {field} {value} is not a date and time with its offset</source>
        <translation>le champ {field} {value} n&apos;est pas une date et heure avec son décalage</translation>
    </message>
    <message>
        <source>the {field} {value} is not one of {allowed}; it is shown as {default}</source>
        <translation>le champ {field} {value} n&apos;est pas l&apos;un de {allowed} ; affiché comme {default}</translation>
    </message>
</context>
<context>
    <name>LogRecords</name>
    <message>
        <source>load: {value} is not allowed; allowed: 0 or more, or not logged</source>
        <translation>charge : {value} n&apos;est pas permis ; permis : 0 ou plus, ou non notée</translation>
    </message>
    <message>
        <source>reps: {value} is not allowed; allowed: a whole number, 0 or more</source>
        <translation>rép. : {value} n&apos;est pas permis ; permis : un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>RPE: {value} is not allowed; allowed: 6 to 10 in half steps, or none</source>
        <translation>RPE : {value} n&apos;est pas permis ; permis : 6 à 10 par demi-points, ou aucun</translation>
    </message>
    <message>
        <source>unit: {value} is not allowed; allowed: kg or lb</source>
        <translation>unité : {value} n&apos;est pas permis ; permis : kg ou lb</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>its schema version {version} is not one ThrustTimer writes</source>
        <translation>sa version de schéma {version} n&apos;est pas une version écrite par ThrustTimer</translation>
    </message>
    <message>
        <source>the training log is at schema version {version}, this ThrustTimer knows up to {latest}: update ThrustTimer to open it</source>
        <translation>le carnet d&apos;entraînement est en version de schéma {version}, ce ThrustTimer connaît jusqu&apos;à {latest} : mets ThrustTimer à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>la table {table} manque</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>la colonne {table}.{column} manque</translation>
    </message>
    <message>
        <source>the column {table}.{column} is not defined as it was written</source>
        <translation>la colonne {table}.{column} n&apos;est pas définie comme elle a été écrite</translation>
    </message>
</context>
<context>
    <name>LogWaiting</name>
    <message>
        <source>{count} set(s) kept while the training log could not be written are in it now.</source>
        <translation>{count} série(s) gardée(s) pendant que le carnet d&apos;entraînement ne pouvait pas être écrit y sont maintenant.</translation>
    </message>
    <message>
        <source>{count} set(s) recorded while the training log could not be written are not in it yet ({problem}); they are kept in {journal} and will be added later.</source>
        <translation>{count} série(s) enregistrée(s) pendant que le carnet d&apos;entraînement ne pouvait pas être écrit n&apos;y sont pas encore ({problem}) ; elles sont gardées dans {journal} et seront ajoutées plus tard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skip rest</source>
        <translation>Fin du repos</translation>
    </message>
    <message>
        <source>End the rest now ({keys})</source>
        <translation>Finir le repos maintenant ({keys})</translation>
    </message>
    <message>
        <source>Screen kept awake</source>
        <translation>Écran maintenu allumé</translation>
    </message>
    <message>
        <source>Keys: Space · → · ← · Esc · F11</source>
        <translation>Touches : Espace · → · ← · Échap · F11</translation>
    </message>
    <message>
        <source>set up the next workout once this one is over (Esc stops it)</source>
        <translation>régler la séance suivante une fois celle-ci finie (Échap l&apos;arrête)</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Stop the workout? Press Esc again (or click Stop) to confirm</source>
        <translation>Arrêter la séance ? Appuie encore sur Échap (ou clique sur Stop) pour confirmer</translation>
    </message>
    <message>
        <source>waiting for a second Esc to confirm</source>
        <translation>attente d&apos;un second Échap pour confirmer</translation>
    </message>
    <message>
        <source>the demo plays when no workout is running</source>
        <translation>la démo se lance quand aucune séance n&apos;est en cours</translation>
    </message>
    <message>
        <source>the set-up was cancelled</source>
        <translation>le réglage a été annulé</translation>
    </message>
</context>
<context>
    <name>Mixer</name>
    <message>
        <source>overlaps a {kind} cue</source>
        <translation>chevauche une annonce {kind}</translation>
    </message>
</context>
<context>
    <name>NextCommand</name>
    <message>
        <source>Suggest today&apos;s load and reps for a workout from its sessions in the training log: double progression within the workout&apos;s rep range.</source>
        <translation>Propose la charge et les rép. du jour pour une séance d&apos;après ses séances du carnet d&apos;entraînement : double progression dans la fourchette de rép. de la séance.</translation>
    </message>
    <message>
        <source>exit codes: 0 done; 1 the training log could not be read; 2 bad options</source>
        <translation>codes de sortie : 0 terminé ; 1 le carnet d&apos;entraînement n&apos;a pas pu être lu ; 2 options incorrectes</translation>
    </message>
    <message>
        <source>a built-in preset ({presets}) or one of yours, by name (default: the workout used last)</source>
        <translation>un modèle intégré ({presets}) ou l&apos;un des tiens, par son nom (par défaut : la dernière séance utilisée)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>affiche un objet JSON</translation>
    </message>
    <message>
        <source>{number} · {exercise} ({rule})</source>
        <translation>{number} · {exercise} ({rule})</translation>
    </message>
    <message>
        <source>Load: {loading}</source>
        <translation>Charge : {loading}</translation>
    </message>
    <message>
        <source>Plates: {loading}</source>
        <translation>Disques : {loading}</translation>
    </message>
    <message>
        <source>Warm-up: {sets} ({scheme})</source>
        <translation>Échauffement : {sets} ({scheme})</translation>
    </message>
    <message>
        <source>one of {presets}; or one of yours: {yours}</source>
        <translation>l&apos;un de {presets} ; ou l&apos;un des tiens : {yours}</translation>
    </message>
    <message>
        <source>one of {presets}</source>
        <translation>l&apos;un de {presets}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>modèle inconnu</translation>
    </message>
</context>
<context>
    <name>NextCueLabel</name>
    <message>
        <source>Next: “{words}” in {seconds} s</source>
        <translation>Ensuite : « {words} » dans {seconds} s</translation>
    </message>
    <message>
        <source>Next: a tone in {seconds} s</source>
        <translation>Ensuite : un bip dans {seconds} s</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Annonce suivante</translation>
    </message>
</context>
<context>
    <name>PhaseDisplay</name>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the compiled timeline of a workout.</source>
        <translation>Affiche la chronologie compilée d&apos;une séance.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>affiche un objet JSON</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inspirer</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>expirer</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>bloquer</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>comptage</translation>
    </message>
    <message>
        <source>tones</source>
        <translation>bips</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>  one rep: {tempo}</source>
        <translation>  une rép. : {tempo}</translation>
    </message>
    <message>
        <source>  total {total}, {tension} under tension, {segments} segments, {cues} cues ({mode} mode)</source>
        <translation>  total {total}, {tension} sous tension, {segments} segments, {cues} annonces (mode {mode})</translation>
    </message>
    <message>
        <source>Cues, in words fitted to {source} (another voice or rate may pick others)</source>
        <translation>Annonces, avec des mots calés sur {source} (une autre voix ou un autre débit peut en choisir d&apos;autres)</translation>
    </message>
    <message>
        <source>a beep</source>
        <translation>un bip</translation>
    </message>
    <message>
        <source>Each rest waits for Ready before its count-in; {seconds} s into a wait the coach says once: {words}. `run --headless` has no Ready key: its rests end on time and say the timed wording.</source>
        <translation>Chaque repos attend Prêt avant son décompte ; au bout de {seconds} s d&apos;attente, le coach dit une fois : {words}. `run --headless` n&apos;a pas de touche Prêt : ses repos finissent à l&apos;heure et disent la formule chronométrée.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>set</source>
        <translation>série</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>souffle</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>(tone tone)</source>
        <translation>(son tone)</translation>
    </message>
    <message>
        <source>({tone} tone)</source>
        <translation>(son {tone})</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>one of {allowed}</source>
        <translation>l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a tempo such as 3-1-X-1</source>
        <translation>un tempo comme 3-1-X-1</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 à {most} caractères</translation>
    </message>
    <message>
        <source>not valid Unicode text</source>
        <translation>texte Unicode non valide</translation>
    </message>
    <message>
        <source>a rep range and increment</source>
        <translation>une fourchette de rép. et un palier</translation>
    </message>
    <message>
        <source>the plates of today&apos;s sets</source>
        <translation>les disques des séries du jour</translation>
    </message>
    <message>
        <source>blocks of a workout</source>
        <translation>les blocs d&apos;une séance</translation>
    </message>
    <message>
        <source>a plan field</source>
        <translation>un champ de plan</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a plan of format {format} lists its blocks</source>
        <translation>un plan au format {format} liste ses blocs</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objet avec {fields}</translation>
    </message>
    <message>
        <source>{blocks}; {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{blocks} ; {rest} s entre les exercices, mise en place {lead_in} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, tempo {tempo}, rest {rest} s, lead-in {lead_in} s</source>
        <translation>{sets} × {reps}, tempo {tempo}, repos {rest} s, mise en place {lead_in} s</translation>
    </message>
    <message>
        <source>{single}, or {blocks} with a list of blocks</source>
        <translation>{single}, ou {blocks} avec une liste de blocs</translation>
    </message>
    <message>
        <source>a list of blocks</source>
        <translation>une liste de blocs</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>workout</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>Start from a preset or a plan file; each option given overrides it.</source>
        <translation>Part d&apos;un modèle ou d&apos;un fichier de plan ; chaque option donnée le remplace.</translation>
    </message>
    <message>
        <source>one of: {presets}</source>
        <translation>l&apos;un de : {presets}</translation>
    </message>
    <message>
        <source>a plan saved as JSON</source>
        <translation>un plan enregistré en JSON</translation>
    </message>
    <message>
        <source>E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)</source>
        <translation>E-P-C-P : excentrique, pause en bas, concentrique, pause en haut (3-1-X-1, 31X1, 2.5-0-1-1)</translation>
    </message>
    <message>
        <source>{preset} and {plan_file}: give one or the other</source>
        <translation>{preset} et {plan_file} : donne l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>{flag}: cannot read {path}: {reason}</source>
        <translation>{flag} : impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{flag} {path}: {problem}</source>
        <translation>{flag} {path} : {problem}</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag} : impossible d&apos;écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>How many sets</source>
        <translation>Combien de séries</translation>
    </message>
    <message>
        <source>Reps in each set (each side of a one-sided exercise)</source>
        <translation>Répétitions par série (par côté pour un exercice unilatéral)</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Repos entre les séries, en secondes</translation>
    </message>
    <message>
        <source>Time to change sides between the two sides of a set</source>
        <translation>Temps pour changer de côté entre les deux côtés d&apos;une série</translation>
    </message>
    <message>
        <source>Time to get under the bar before the first set</source>
        <translation>Temps pour se mettre sous la barre avant la première série</translation>
    </message>
    <message>
        <source>Rest between one exercise and the next</source>
        <translation>Repos entre un exercice et le suivant</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Côté gauche d&apos;abord</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Côté droit d&apos;abord</translation>
    </message>
    <message>
        <source>The fewest reps a work set should reach at a load</source>
        <translation>Le minimum de rép. qu&apos;une série de travail doit atteindre à une charge</translation>
    </message>
    <message>
        <source>Once every work set reaches this, the load goes up</source>
        <translation>Quand toutes les séries de travail l&apos;atteignent, la charge augmente</translation>
    </message>
    <message>
        <source>How much the load goes up at a time</source>
        <translation>De combien la charge augmente à chaque fois</translation>
    </message>
    <message>
        <source>{low} to {high} reps</source>
        <translation>{low} à {high} rép.</translation>
    </message>
    <message>
        <source>+ {increment} {unit}</source>
        <translation>+ {increment} {unit}</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>The exercise of the block selected above</source>
        <translation>L&apos;exercice du bloc sélectionné ci-dessus</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Premier côté</translation>
    </message>
    <message>
        <source>Cue mode</source>
        <translation>Mode d&apos;annonce</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Advance when ready: end each rest on my command</source>
        <translation>Avancer quand je suis prêt : finir chaque repos à mon signal</translation>
    </message>
    <message>
        <source>The rest waits for you (Space or a clicker) instead of ending on the clock</source>
        <translation>Le repos t&apos;attend (Espace ou une télécommande) au lieu de finir au chrono</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unité du palier</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Fourchette de rép.</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field} : problème</translation>
    </message>
    <message>
        <source>Reps each side</source>
        <translation>Rép. par côté</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Exercice {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>Plates</name>
    <message>
        <source>a list of at most {most} plate weights</source>
        <translation>une liste de {most} poids de disque au plus</translation>
    </message>
    <message>
        <source>plate weights with their pairs</source>
        <translation>des poids de disque avec leurs paires</translation>
    </message>
    <message>
        <source>each weight once in the list ({allowed})</source>
        <translation>chaque poids une seule fois dans la liste ({allowed})</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>répété</translation>
    </message>
    <message>
        <source>unit, bar, collar or plates</source>
        <translation>unit, bar, collar ou plates</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>collars {collar} each</source>
        <translation>stop-disques de {collar} chacun</translation>
    </message>
    <message>
        <source>no collars</source>
        <translation>sans stop-disques</translation>
    </message>
    <message>
        <source>Bar {bar}, {collars}; plates in pairs: {plates}</source>
        <translation>Barre {bar}, {collars} ; disques par paires : {plates}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>an object with unit, bar, collar, plates</source>
        <translation>un objet avec unit, bar, collar, plates</translation>
    </message>
    <message>
        <source>a list of plate weights with their pairs</source>
        <translation>une liste de poids de disque avec leurs paires</translation>
    </message>
    <message>
        <source>at most {most} plate weights</source>
        <translation>{most} poids de disque au plus</translation>
    </message>
    <message>
        <source>a plate weight with its pairs</source>
        <translation>un poids de disque avec ses paires</translation>
    </message>
    <message>
        <source>{allowed}, in steps of {step}</source>
        <translation>{allowed}, par pas de {step}</translation>
    </message>
</context>
<context>
    <name>PlatesCommand</name>
    <message>
        <source>exit codes: 0 the load can be made; 1 it cannot (the nearest load is shown, and which way it was rounded); 2 bad options</source>
        <translation>codes de sortie : 0 la charge peut se faire ; 1 elle ne le peut pas (la charge la plus proche est affichée, avec le sens de l&apos;arrondi) ; 2 options incorrectes</translation>
    </message>
    <message>
        <source>Print the plates to put on each side of the bar for a load, with the plates saved in the settings (a commercial gym&apos;s, until you change them).</source>
        <translation>Affiche les disques à mettre de chaque côté de la barre pour une charge, avec les disques enregistrés dans les réglages (ceux d&apos;une salle de sport classique, tant que tu ne les changes pas).</translation>
    </message>
    <message>
        <source>the load on the bar, such as 142.5</source>
        <translation>la charge sur la barre, par ex. 142.5</translation>
    </message>
    <message>
        <source>kg or lb (default: the unit of your plates)</source>
        <translation>kg ou lb (par défaut : l&apos;unité de tes disques)</translation>
    </message>
    <message>
        <source>{load} is {converted} (your plates are in {unit}).</source>
        <translation>{load} font {converted} (tes disques sont en {unit}).</translation>
    </message>
    <message>
        <source>Your plates: {plates}.</source>
        <translation>Tes disques : {plates}.</translation>
    </message>
</context>
<context>
    <name>PlatesLine</name>
    <message>
        <source>Plates</source>
        <translation>Disques</translation>
    </message>
</context>
<context>
    <name>PlatesPanel</name>
    <message>
        <source>Plate {number}</source>
        <translation>Disque {number}</translation>
    </message>
    <message>
        <source>One plate&apos;s weight</source>
        <translation>Le poids d&apos;un disque</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Paires du disque {number}</translation>
    </message>
    <message>
        <source>pairs</source>
        <comment>after the number of pairs</comment>
        <translation>paires</translation>
    </message>
    <message>
        <source>How many pairs of this plate: one goes on each side</source>
        <translation>Combien de paires de ce disque : un va de chaque côté</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Leave this plate out</source>
        <translation>Ne pas utiliser ce disque</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Default {unit} gym</source>
        <translation>Salle standard en {unit}</translation>
    </message>
    <message>
        <source>A commercial gym&apos;s bar and plates in {unit}</source>
        <translation>La barre et les disques d&apos;une salle de sport classique, en {unit}</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>The empty bar (0 for a landmine or a handle)</source>
        <translation>La barre à vide (0 pour un landmine ou une poignée)</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Stop-disque</translation>
    </message>
    <message>
        <source>One collar (0 for spring clips); both go on</source>
        <translation>Un stop-disque (0 pour des pinces à ressort) ; on en met un de chaque côté</translation>
    </message>
    <message>
        <source>Collars, each</source>
        <translation>Stop-disques, chacun</translation>
    </message>
    <message>
        <source>Add a plate</source>
        <translation>Ajouter un disque</translation>
    </message>
    <message>
        <source>Another plate weight (1.25 kg change plates…)</source>
        <translation>Un autre poids de disque (petits disques de 1,25 kg…)</translation>
    </message>
    <message>
        <source>Plates: problem</source>
        <translation>Disques : problème</translation>
    </message>
    <message>
        <source>Plates you have, heaviest first</source>
        <translation>Les disques que tu as, du plus lourd au plus léger</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <source>Workouts</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Workout presets</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save the workout shown as a new preset of yours</source>
        <translation>Enregistrer la séance affichée comme nouveau modèle perso</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected preset to edit it</source>
        <translation>Copier le modèle sélectionné pour le modifier</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected preset of yours</source>
        <translation>Renommer ton modèle sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected preset of yours</source>
        <translation>Supprimer ton modèle sélectionné</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Store the values shown in the selected preset of yours</source>
        <translation>Enregistrer les valeurs affichées dans ton modèle sélectionné</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add a preset from a JSON plan file</source>
        <translation>Ajouter un modèle depuis un fichier de plan JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the workout shown as a JSON file</source>
        <translation>Enregistrer la séance affichée dans un fichier JSON</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les tiens</translation>
    </message>
    <message>
        <source>Yours (none yet)</source>
        <translation>Les tiens (aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed: duplicate it first</source>
        <translation>Les modèles intégrés ne peuvent pas être renommés : duplique-le d&apos;abord</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted</source>
        <translation>Les modèles intégrés ne peuvent pas être supprimés</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Could not create the preset: {reason}. Nothing was changed.</source>
        <translation>Impossible de créer le modèle : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not duplicate the preset: {reason}. Nothing was changed.</source>
        <translation>Impossible de dupliquer le modèle : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Could not rename the preset: {reason}. Nothing was changed.</source>
        <translation>Impossible de renommer le modèle : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not save the preset: {reason}. Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer le modèle : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete your preset “{name}”? This cannot be undone.</source>
        <translation>Supprimer ton modèle « {name} » ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Could not delete the preset: {reason}. Nothing was changed.</source>
        <translation>Impossible de supprimer le modèle : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import a workout</source>
        <translation>Importer une séance</translation>
    </message>
    <message>
        <source>Workout plans (*.json);;All files (*)</source>
        <translation>Plans de séance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>« {name} » importé depuis {file}.</translation>
    </message>
    <message>
        <source>Export the workout</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Impossible d&apos;exporter vers {path} : {reason}.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>« {name} » exporté vers {path}.</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}. Nothing was changed.</source>
        <translation>Impossible d&apos;importer {file} : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Glute day A</source>
        <translation>Séance fessiers A</translation>
    </message>
    <message>
        <source>A whole glute session: hip thrusts 4 × 8–12, B-stance 3 × 10 each side, frog pumps.</source>
        <translation>Une séance fessiers complète : hip thrusts 4 × 8–12, B-stance 3 × 10 par côté, frog pumps.</translation>
    </message>
    <message>
        <source>Glute day B</source>
        <translation>Séance fessiers B</translation>
    </message>
    <message>
        <source>A whole glute session: glute bridges 4 × 10–15, single-leg 3 × 10 each side, frog pumps.</source>
        <translation>Une séance fessiers complète : ponts fessiers 4 × 10–15, sur une jambe 3 × 10 par côté, frog pumps.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>Heavy strength</source>
        <translation>Force lourde</translation>
    </message>
    <message>
        <source>Heavy triples to fives: explosive lift, a one-second lockout, long rests.</source>
        <translation>Séries lourdes de 3 à 5 rép. : montée explosive, une seconde de verrouillage, longs repos.</translation>
    </message>
    <message>
        <source>Hypertrophy squeeze</source>
        <translation>Hypertrophie, contraction</translation>
    </message>
    <message>
        <source>Moderate load for 10: a two-second squeeze at the top of every rep.</source>
        <translation>Charge modérée pour 10 : deux secondes de contraction en haut de chaque rép.</translation>
    </message>
    <message>
        <source>Slow eccentric</source>
        <translation>Excentrique lent</translation>
    </message>
    <message>
        <source>Four seconds down and a dead stop at the bottom: time under tension.</source>
        <translation>Quatre secondes de descente et un arrêt complet en bas : du temps sous tension.</translation>
    </message>
    <message>
        <source>Light warm-up</source>
        <translation>Échauffement léger</translation>
    </message>
    <message>
        <source>An empty or light bar before the work sets: groove the lockout.</source>
        <translation>Barre à vide ou légère avant les séries de travail : rode le verrouillage.</translation>
    </message>
    <message>
        <source>Paused reps</source>
        <translation>Rép. avec pause</translation>
    </message>
    <message>
        <source>A three-second hold at the top and a brace at the bottom: own the lockout.</source>
        <translation>Trois secondes de maintien en haut et un gainage en bas : maîtrise le verrouillage.</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>modèle inconnu</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the built-in presets.</source>
        <translation>Liste les modèles intégrés.</translation>
    </message>
    <message>
        <source>print the presets as plans in JSON</source>
        <translation>affiche les modèles comme plans en JSON</translation>
    </message>
    <message>
        <source>{exercise} each side</source>
        <translation>{exercise} par côté</translation>
    </message>
    <message>
        <source>
* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top squeeze.
A whole session&apos;s rest is the rest between its blocks (exercises); each block has its own below it.</source>
        <translation>
* par défaut. Le tempo est E-P-C-P : descente, pause en bas, montée (X = explosive), contraction en haut.
Le repos d&apos;une séance complète est le repos entre ses blocs (exercices) ; chaque bloc a le sien en dessous.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>about</source>
        <translation>description</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloc</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} blocs</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>No session of this workout in the log yet: choose a load you can lift for {reps} reps.</source>
        <translation>Aucune séance de ce type dans le carnet pour l&apos;instant : choisis une charge que tu peux soulever {reps} fois.</translation>
    </message>
    <message>
        <source>First time: choose a load you can lift for {reps} reps.</source>
        <translation>Première fois : une charge pour {reps} rép.</translation>
    </message>
    <message>
        <source>Two sessions in a row below {reps} reps: take {percent} % off.</source>
        <translation>Deux séances de suite sous {reps} rép. : enlève {percent} %.</translation>
    </message>
    <message>
        <source>Every set reached {reps} at RPE {rpe} or less</source>
        <translation>Chaque série a atteint {reps} à RPE {rpe} ou moins</translation>
    </message>
    <message>
        <source>Every set reached {reps}</source>
        <translation>Chaque série a atteint {reps}</translation>
    </message>
    <message>
        <source>{reached}, but {load} is the most your plates make.</source>
        <translation>{reached}, mais {load} est le maximum que tes disques permettent.</translation>
    </message>
    <message>
        <source>{reached}: add {increment} (your plates make +{added}).</source>
        <translation>{reached} : ajoute {increment} (tes disques permettent +{added}).</translation>
    </message>
    <message>
        <source>{reached}: add {increment}.</source>
        <translation>{reached} : ajoute {increment}.</translation>
    </message>
    <message>
        <source>Every set reached {reps}, but RPE {rpe} is above {most}: keep the load.</source>
        <translation>Chaque série a atteint {reps}, mais le RPE {rpe} dépasse {most} : garde la charge.</translation>
    </message>
    <message>
        <source>Not every set reached {reps}: keep the load and aim for {aim}.</source>
        <translation>Toutes les séries n&apos;ont pas atteint {reps} : garde la charge et vise {aim}.</translation>
    </message>
    <message>
        <source>{load} (the nearest your plates make)</source>
        <translation>{load} (le plus proche que tes disques permettent)</translation>
    </message>
    <message>
        <source>Last time: {summary}.</source>
        <translation>La dernière fois : {summary}.</translation>
    </message>
    <message>
        <source>Today: {load} × {reps}.</source>
        <translation>Aujourd&apos;hui : {load} × {reps}.</translation>
    </message>
    <message>
        <source>{sets} at {load}</source>
        <translation>{sets} à {load}</translation>
    </message>
    <message>
        <source>{sets} at {load}, RPE {rpe}</source>
        <translation>{sets} à {load}, RPE {rpe}</translation>
    </message>
    <message>
        <source>6 to 10 in half steps</source>
        <translation>6 à 10 par demi-points</translation>
    </message>
    <message>
        <source>rep range</source>
        <translation>fourchette de rép.</translation>
    </message>
    <message>
        <source>a bottom no higher than the top, such as 8–12</source>
        <translation>un bas pas plus haut que le haut, par ex. 8–12</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objet avec {fields}</translation>
    </message>
    <message>
        <source>progression fields: {fields}</source>
        <translation>champs de progression : {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>{reps} rep, +{increment} {unit}</source>
        <translation>{reps} rép., +{increment} {unit}</translation>
    </message>
    <message>
        <source>{reps} reps, +{increment} {unit}</source>
        <translation>{reps} rép., +{increment} {unit}</translation>
    </message>
</context>
<context>
    <name>PulseFeed</name>
    <message>
        <source>cues</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>key sounds</source>
        <translation>sons des touches</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>le serveur de son s&apos;est arrêté : la séance continue en silence</translation>
    </message>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>aucune sortie audio : la séance continue sans son</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason} : lecture maintenant sur {output}</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>le son est revenu sur {output}</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>la sortie audio a changé</translation>
    </message>
</context>
<context>
    <name>ReadingFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a device or pipe, not a regular file</source>
        <translation>c&apos;est un périphérique ou un tube, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} is not)</source>
        <translation>ce n&apos;est pas du texte UTF-8 (l&apos;octet {byte} ne l&apos;est pas)</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} Mo</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} octets</translation>
    </message>
    <message>
        <source>it is larger than {size}, the most allowed</source>
        <translation>il dépasse {size}, le maximum permis</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Training log: set {number} was not saved ({problem})</source>
        <translation>Carnet d&apos;entraînement : la série {number} n&apos;a pas été enregistrée ({problem})</translation>
    </message>
    <message>
        <source>Training log: {notice}</source>
        <translation>Carnet d&apos;entraînement : {notice}</translation>
    </message>
    <message>
        <source>Training log: {sets} could not be saved yet ({problem}) nor kept beside the log ({journal_problem}); ThrustTimer keeps trying.</source>
        <translation>Carnet d&apos;entraînement : impossible pour l&apos;instant d&apos;enregistrer {sets} ({problem}), et la copie à côté du carnet a aussi échoué ({journal_problem}) ; ThrustTimer continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} is kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Carnet d&apos;entraînement : le fichier du carnet est endommagé ({problem}) ; {sets} est gardée dans {journal} et ira dans un nouveau carnet la prochaine fois que ThrustTimer l&apos;ouvrira.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} are kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Carnet d&apos;entraînement : le fichier du carnet est endommagé ({problem}) ; {sets} sont gardées dans {journal} et iront dans un nouveau carnet la prochaine fois que ThrustTimer l&apos;ouvrira.</translation>
    </message>
    <message>
        <source>Training log: {sets} of this session are not in the log yet ({problem}); they are kept in {journal} and will be added the next time ThrustTimer opens the log.</source>
        <translation>Carnet d&apos;entraînement : impossible pour l&apos;instant d&apos;ajouter au carnet {sets} de cette séance ({problem}) ; c&apos;est gardé dans {journal} et sera ajouté la prochaine fois que ThrustTimer ouvrira le carnet.</translation>
    </message>
    <message>
        <source>Training log: {sets} were not saved ({problem}), and could not be kept beside the log either ({journal_problem}).</source>
        <translation>Carnet d&apos;entraînement : impossible d&apos;enregistrer {sets} ({problem}), et la copie à côté du carnet a aussi échoué ({journal_problem}).</translation>
    </message>
    <message>
        <source>Training log: {sets} are not saved yet ({problem}); ThrustTimer keeps them and tries again with the next session, and as it closes.</source>
        <translation>Carnet d&apos;entraînement : impossible pour l&apos;instant d&apos;enregistrer {sets} ({problem}) ; ThrustTimer garde tout et réessaie à la prochaine séance, et à sa fermeture.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>série {number}</translation>
    </message>
    <message>
        <source>sets {numbers} and {last}</source>
        <translation>séries {numbers} et {last}</translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message>
        <source>Voice ready: {ready} of {total} phrases</source>
        <translation>Voix prête : {ready} phrases sur {total}</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total} “{phrase}”</source>
        <translation>Préparation de la voix : {done}/{total} « {phrase} »</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total}</source>
        <translation>Préparation de la voix : {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>le processus vocal a planté (code de sortie {code})</translation>
    </message>
    <message>
        <source>the speech worker hung starting</source>
        <translation>le processus vocal s&apos;est bloqué au démarrage</translation>
    </message>
    <message>
        <source>the speech worker hung on “{phrase}”</source>
        <translation>le processus vocal s&apos;est bloqué sur « {phrase} »</translation>
    </message>
    <message>
        <source>the speech worker could not start ({error})</source>
        <translation>le processus vocal n&apos;a pas pu démarrer ({error})</translation>
    </message>
    <message>
        <source>Speech engine: {notice}</source>
        <translation>Moteur vocal : {notice}</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The app&apos;s icons are missing from this installation (no compiled resources); reinstall ThrustTimer to get them back.</source>
        <translation>Les icônes de l&apos;appli manquent dans cette installation (pas de ressources compilées) ; réinstalle ThrustTimer pour les récupérer.</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be compiled: {error}</source>
        <translation>Les icônes de l&apos;appli n&apos;ont pas pu être compilées : {error}</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be loaded from {path}.</source>
        <translation>Les icônes de l&apos;appli n&apos;ont pas pu être chargées depuis {path}.</translation>
    </message>
</context>
<context>
    <name>RestScreen</name>
    <message>
        <source>Next set: {plates}</source>
        <translation>Série suivante : {plates}</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Série suivante</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>On t&apos;attend</translation>
    </message>
    <message>
        <source>Take your time: the next set starts when you press Space, Enter or your clicker</source>
        <translation>Prends ton temps : la série suivante démarre quand tu appuies sur Espace, Entrée ou ta télécommande</translation>
    </message>
    <message>
        <source>Form point</source>
        <translation>Point technique</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column} : {problem}</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run a workout with its voice and tones. --headless: no window, a one-line progress display in the terminal. Without a window there is no Ready key: each rest ends by itself, on time.</source>
        <translation>Lance une séance avec sa voix et ses sons. --headless : pas de fenêtre, une ligne de progression dans le terminal. Sans fenêtre, il n&apos;y a pas de touche Prêt : chaque repos finit tout seul, à l&apos;heure.</translation>
    </message>
    <message>
        <source>no window (needed for now)</source>
        <translation>pas de fenêtre (obligatoire pour l&apos;instant)</translation>
    </message>
    <message>
        <source>write what happens as JSON lines</source>
        <translation>écrit ce qui se passe en lignes JSON</translation>
    </message>
    <message>
        <source>record each completed set in the training log with this load (0 to 1000 kg); a workout of several exercises takes one a exercise, in order (100,60,0)</source>
        <translation>note chaque série terminée dans le carnet d&apos;entraînement avec cette charge (0 à 1000 kg) ; une séance de plusieurs exercices en prend une par exercice, dans l&apos;ordre (100,60,0)</translation>
    </message>
    <message>
        <source>extra output latency to make up for, such as a Bluetooth headset&apos;s (-500 to 500 ms; default: the saved setting)</source>
        <translation>latence de sortie supplémentaire à compenser, comme celle d&apos;un casque Bluetooth (-500 à 500 ms ; par défaut : le réglage enregistré)</translation>
    </message>
    <message>
        <source>only --headless is available yet; `thrusttimer [plan options]` opens the window</source>
        <translation>seul --headless est disponible pour l&apos;instant ; `thrusttimer [options du plan]` ouvre la fenêtre</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercise; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag} : {count} charges ne sont pas permises pour une séance de {blocks} exercice ; permis : une charge par exercice, dans l&apos;ordre, séparées par des virgules</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercises; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag} : {count} charges ne sont pas permises pour une séance de {blocks} exercices ; permis : une charge par exercice, dans l&apos;ordre, séparées par des virgules</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped</source>
        <translation>Séance terminée : {played} annonces jouées, {dropped} perdues</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Séance terminée : {played} annonces jouées, {dropped} perdues (pas de son)</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped</source>
        <translation>Arrêté : {played} annonces jouées, {dropped} perdues</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Arrêté : {played} annonces jouées, {dropped} perdues (pas de son)</translation>
    </message>
    <message>
        <source>Latency offset: cues play {offset} ms early</source>
        <translation>Décalage de latence : les annonces sont jouées {offset} ms en avance</translation>
    </message>
    <message>
        <source>Stopped before the workout started</source>
        <translation>Arrêté avant le début de la séance</translation>
    </message>
    <message>
        <source>Logged set {number}: {load} kg × {reps}</source>
        <translation>Série {number} notée : {load} kg × {reps}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the plan has nothing to run</source>
        <translation>le plan n&apos;a rien à lancer</translation>
    </message>
    <message>
        <source>a rest cannot be longer than {most} minutes</source>
        <translation>un repos ne peut pas dépasser {most} minutes</translation>
    </message>
    <message>
        <source>the next set is already counting in</source>
        <translation>le décompte de la série suivante a déjà commencé</translation>
    </message>
    <message>
        <source>the session has already started</source>
        <translation>la séance a déjà commencé</translation>
    </message>
    <message>
        <source>the session is not running</source>
        <translation>la séance n&apos;est pas en cours</translation>
    </message>
    <message>
        <source>the session is over</source>
        <translation>la séance est finie</translation>
    </message>
    <message>
        <source>cannot pause: the session has not started</source>
        <translation>pause impossible : la séance n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>cannot pause: the session is already paused</source>
        <translation>pause impossible : la séance est déjà en pause</translation>
    </message>
    <message>
        <source>cannot pause: the session is over</source>
        <translation>pause impossible : la séance est finie</translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation>la séance n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>there is no rest to skip: the session is not resting</source>
        <translation>pas de repos à passer : la séance n&apos;est pas en repos</translation>
    </message>
    <message>
        <source>only a rest can be made longer or shorter: the session is not resting</source>
        <translation>seul un repos peut être allongé ou raccourci : la séance n&apos;est pas en repos</translation>
    </message>
    <message>
        <source>there is no rest to end: the session is not resting</source>
        <translation>pas de repos à finir : la séance n&apos;est pas en repos</translation>
    </message>
    <message>
        <source>there is no set in progress to restart</source>
        <translation>aucune série en cours à recommencer</translation>
    </message>
    <message>
        <source>there is no rep in progress to restart</source>
        <translation>aucune répétition en cours à recommencer</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Edit set…  (Enter)</source>
        <translation>Modifier la série…  (Entrée)</translation>
    </message>
    <message>
        <source>Delete set  (Del)</source>
        <translation>Supprimer la série  (Suppr)</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <source> · {minutes} min</source>
        <translation> · {minutes} min</translation>
    </message>
    <message>
        <source>Nothing changed: {error}</source>
        <translation>Rien n&apos;a changé : {error}</translation>
    </message>
    <message>
        <source>That set cannot be edited: {error}</source>
        <translation>Cette série ne peut pas être modifiée : {error}</translation>
    </message>
</context>
<context>
    <name>SetEditor</name>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise}</source>
        <translation>Modifier la série {number} : {exercise}</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise} · {side}</source>
        <translation>Modifier la série {number} : {exercise} · {side}</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> sur {planned}</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SetSpecs</name>
    <message>
        <source>Warm-up {number} of {sets}, left side</source>
        <translation>Échauffement {number} sur {sets}, côté gauche</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}, right side</source>
        <translation>Échauffement {number} sur {sets}, côté droit</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}</source>
        <translation>Échauffement {number} sur {sets}</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, left side</source>
        <translation>Série {number} sur {sets}, côté gauche</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, right side</source>
        <translation>Série {number} sur {sets}, côté droit</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Série {number} sur {sets}</translation>
    </message>
    <message>
        <source>{set}: {loading}</source>
        <translation>{set} : {loading}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file {path} {problem} and could not be moved aside ({reason}); ThrustTimer is using the default settings and will not be able to save them.</source>
        <translation>Ton fichier de réglages {path} {problem} et n&apos;a pas pu être mis de côté ({reason}) ; ThrustTimer utilise les réglages par défaut et ne pourra pas les enregistrer.</translation>
    </message>
    <message>
        <source>Your settings file {path} {problem}. It was kept as {aside} and ThrustTimer started with the default settings.</source>
        <translation>Ton fichier de réglages {path} {problem}. Il a été conservé sous {aside} et ThrustTimer a démarré avec les réglages par défaut.</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>un plan JSON</translation>
    </message>
    <message>
        <source>The last workout could not be restored ({problem}); starting from “{name}” instead.</source>
        <translation>La dernière séance n&apos;a pas pu être restaurée ({problem}) ; démarrage sur « {name} » à la place.</translation>
    </message>
    <message>
        <source>Some voice settings were reset to their defaults: {problems}.</source>
        <translation>Certains réglages de voix ont été remis par défaut : {problems}.</translation>
    </message>
    <message>
        <source>The settings file was copied to {file}.</source>
        <translation>Le fichier de réglages a été copié vers {file}.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>une liste JSON</translation>
    </message>
    <message>
        <source>Some plate settings were reset to their defaults: {problems}.</source>
        <translation>Certains réglages des disques ont été remis par défaut : {problems}.</translation>
    </message>
    <message>
        <source>a JSON warm-up scheme</source>
        <translation>un schéma d&apos;échauffement JSON</translation>
    </message>
    <message>
        <source>The warm-up could not be restored ({problem}); using the default warm-up ({scheme}) instead.</source>
        <translation>L&apos;échauffement n&apos;a pas pu être restauré ({problem}) ; échauffement par défaut ({scheme}) utilisé à la place.</translation>
    </message>
    <message>
        <source>Settings could not be saved: the file {problem}.</source>
        <translation>Impossible d&apos;enregistrer les réglages : le fichier {problem}.</translation>
    </message>
    <message>
        <source>could not be read or written</source>
        <translation>n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>is damaged (it is larger than {megabytes} MB)</source>
        <translation>est endommagé (il dépasse {megabytes} Mo)</translation>
    </message>
    <message>
        <source>is damaged (byte {byte} is not UTF-8 text)</source>
        <translation>est endommagé (l&apos;octet {byte} n&apos;est pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>is damaged (it is empty or was cut short: its last line is unfinished)</source>
        <translation>est endommagé (il est vide ou a été tronqué : sa dernière ligne est incomplète)</translation>
    </message>
    <message>
        <source>is damaged (line {line} holds a control character)</source>
        <translation>est endommagé (la ligne {line} contient un caractère de contrôle)</translation>
    </message>
    <message>
        <source>is damaged (line {line} is neither a [section] nor a key=value line)</source>
        <translation>est endommagé (la ligne {line} n&apos;est ni une [section] ni une ligne clé=valeur)</translation>
    </message>
    <message>
        <source>is damaged (it has no format line; it may have been cut short)</source>
        <translation>est endommagé (il n&apos;a pas de ligne format ; il a peut-être été tronqué)</translation>
    </message>
    <message>
        <source>was written by another version of ThrustTimer (format {found}; this one reads format {format})</source>
        <translation>a été écrit par une autre version de ThrustTimer (format {found} ; celle-ci lit le format {format})</translation>
    </message>
    <message>
        <source>is damaged (not a valid settings file)</source>
        <translation>est endommagé (ce n&apos;est pas un fichier de réglages valide)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the workout</source>
        <translation>Régler la séance</translation>
    </message>
    <message>
        <source>Fix {problem}</source>
        <comment>room for the reason</comment>
        <translation>Corrige {problem}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start this workout</source>
        <translation>Démarrer cette séance</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields}</source>
        <translation>Impossible de démarrer : vérifie {fields}</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>one more</comment>
        <translation>Impossible de démarrer : vérifie {fields} et {count} autre</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>several</comment>
        <translation>Impossible de démarrer : vérifie {fields} et {count} autres</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Latency offset</source>
        <translation>Décalage de latence</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rep range (bottom)</source>
        <translation>Fourchette de rép. (bas)</translation>
    </message>
    <message>
        <source>Rep range (top)</source>
        <translation>Fourchette de rép. (haut)</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Fourchette de rép.</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unité du palier</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Premier côté</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Repos entre les exercices</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Stop-disque</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Full coaching (phases, breathing, counts, tips)</source>
        <translation>Coaching complet (phases, respiration, comptes, conseils)</translation>
    </message>
    <message>
        <source>Breathing words only</source>
        <translation>Respiration seulement</translation>
    </message>
    <message>
        <source>Rep counts only</source>
        <translation>Comptage des rép. seulement</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Sons seulement, sans paroles</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>not ready: fix the fields marked ⚠</source>
        <translation>pas prêt : corrige les champs marqués ⚠</translation>
    </message>
    <message>
        <source>the bottom is above the top</source>
        <translation>le bas est au-dessus du haut</translation>
    </message>
    <message>
        <source>Plate {number}</source>
        <translation>Disque {number}</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Paires du disque {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number}</source>
        <translation>Étape d&apos;échauffement {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} percent</source>
        <translation>Pourcentage de l&apos;étape d&apos;échauffement {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} reps</source>
        <translation>Rép. de l&apos;étape d&apos;échauffement {number}</translation>
    </message>
    <message>
        <source>{field} of block {number} ({exercise})</source>
        <translation>{field} du bloc {number} ({exercise})</translation>
    </message>
    <message>
        <source>Allowed: {allowed}.</source>
        <translation>Permis : {allowed}.</translation>
    </message>
    <message>
        <source>{problem}. Allowed: {allowed}.</source>
        <translation>{problem}. Permis : {allowed}.</translation>
    </message>
    <message>
        <source>Fix {field} to start: {problem}</source>
        <translation>Corrige {field} pour démarrer : {problem}</translation>
    </message>
    <message>
        <source>{exercises} exercises, {sets} sets, {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{exercises} exercices, {sets} séries, {rest} s entre les exercices, mise en place {lead_in} s</translation>
    </message>
</context>
<context>
    <name>SetupRows</name>
    <message>
        <source>{field}: problem</source>
        <translation>{field} : problème</translation>
    </message>
</context>
<context>
    <name>SideView</name>
    <message>
        <source>Side view of the hip thrust</source>
        <translation>Vue de profil du hip thrust</translation>
    </message>
    <message>
        <source>Side view of the {exercise}</source>
        <translation>Vue de profil : {exercise}</translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>aucune sortie audio : la séance continue sans son</translation>
    </message>
    <message>
        <source>cannot open {output}: the workout goes on silently</source>
        <translation>impossible d&apos;ouvrir {output} : la séance continue en silence</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>le son est revenu sur {output}</translation>
    </message>
    <message>
        <source>audio error {error}</source>
        <translation>erreur audio {error}</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>le serveur de son s&apos;est arrêté : la séance continue en silence</translation>
    </message>
    <message>
        <source>sound stopped ({reason})</source>
        <translation>son arrêté ({reason})</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>la sortie audio a changé</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason} : lecture maintenant sur {output}</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>prove an installed or frozen build can draw, speak and play.</source>
        <translation>vérifie qu&apos;une version installée ou figée peut dessiner, parler et jouer du son.</translation>
    </message>
    <message>
        <source>also save the rendered frame here</source>
        <translation>enregistre aussi l&apos;image rendue ici</translation>
    </message>
    <message>
        <source>skip speech and playback</source>
        <translation>saute la parole et la lecture</translation>
    </message>
    <message>
        <source>speak with the speech engine, falling back to the bundled voice pack (default), or with the voice pack only</source>
        <translation>parle avec le moteur vocal, en se rabattant sur le pack de voix fourni (par défaut), ou avec le pack de voix seulement</translation>
    </message>
    <message>
        <source>frozen, bundle {path}</source>
        <translation>figée, paquet {path}</translation>
    </message>
    <message>
        <source>python package</source>
        <translation>paquet python</translation>
    </message>
    <message>
        <source>build: {where}; Python {python}; PySide6 {pyside}</source>
        <translation>version : {where} ; Python {python} ; PySide6 {pyside}</translation>
    </message>
    <message>
        <source>voice pack: FAILED, missing or unreadable in {folder}</source>
        <translation>pack de voix : ÉCHEC, manquant ou illisible dans {folder}</translation>
    </message>
    <message>
        <source>voice pack: {count} phrases, voice {voice}, in {folder}</source>
        <translation>pack de voix : {count} phrases, voix {voice}, dans {folder}</translation>
    </message>
    <message>
        <source>modules: FAILED to import {failed} of {count}: {errors}</source>
        <translation>modules : ÉCHEC de l&apos;import de {failed} sur {count} : {errors}</translation>
    </message>
    <message>
        <source>modules: imported all {count}</source>
        <translation>modules : tous importés ({count})</translation>
    </message>
    <message>
        <source>worker process: FAILED, no answer in {seconds} s (exit {code})</source>
        <translation>processus de travail : ÉCHEC, pas de réponse en {seconds} s (sortie {code})</translation>
    </message>
    <message>
        <source>worker process: spawned and answered (exit {code})</source>
        <translation>processus de travail : lancé et a répondu (sortie {code})</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon found{notice}</source>
        <translation>ressources qt : {source}, icône de l&apos;appli trouvée{notice}</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon MISSING{notice}</source>
        <translation>ressources qt : {source}, icône de l&apos;appli MANQUANTE{notice}</translation>
    </message>
    <message>
        <source>frame: FAILED, nothing rendered (platform {platform})</source>
        <translation>image : ÉCHEC, rien n&apos;a été rendu (plateforme {platform})</translation>
    </message>
    <message>
        <source>frame: {width}x{height} on {platform}, {colours} colours in a 64x48 sample</source>
        <translation>image : {width}x{height} sur {platform}, {colours} couleurs dans un échantillon 64x48</translation>
    </message>
    <message>
        <source>frame: saved {path}</source>
        <translation>image : {path} enregistrée</translation>
    </message>
    <message>
        <source>frame: FAILED to save {path}</source>
        <translation>image : ÉCHEC de l&apos;enregistrement de {path}</translation>
    </message>
    <message>
        <source>audio: no output device; skipped (the app runs on, visual only)</source>
        <translation>audio : pas de périphérique de sortie ; sauté (l&apos;appli continue, en visuel seulement)</translation>
    </message>
    <message>
        <source>the voice was not ready</source>
        <translation>la voix n&apos;était pas prête</translation>
    </message>
    <message>
        <source>it was not placed</source>
        <translation>elle n&apos;a pas été placée</translation>
    </message>
    <message>
        <source>audio: FAILED playing {cue} ({source}): {why}</source>
        <translation>audio : ÉCHEC de la lecture de {cue} ({source}) : {why}</translation>
    </message>
    <message>
        <source>audio: played {cue} ({source}), {seconds} s, on {device}</source>
        <translation>audio : {cue} joué ({source}), {seconds} s, sur {device}</translation>
    </message>
    <message>
        <source>speech: pyttsx3 driver {driver}</source>
        <translation>parole : pilote pyttsx3 {driver}</translation>
    </message>
    <message>
        <source>speech by pyttsx3</source>
        <translation>parole par pyttsx3</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>speech: unavailable ({why})</source>
        <translation>parole : indisponible ({why})</translation>
    </message>
    <message>
        <source>bundled voice pack</source>
        <translation>pack de voix fourni</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>son</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>the audio output did not settle; cues may be dropped</source>
        <translation>la sortie audio ne s&apos;est pas stabilisée ; des annonces peuvent être perdues</translation>
    </message>
    <message>
        <source>Getting the sound output ready</source>
        <translation>Préparation de la sortie son</translation>
    </message>
    <message>
        <source>Preparing the voice</source>
        <translation>Préparation de la voix</translation>
    </message>
    <message>
        <source>{progress}: the workout starts as soon as it is ready</source>
        <translation>{progress} : la séance démarre dès que c&apos;est prêt</translation>
    </message>
    <message>
        <source>Waking the sound: the workout goes on in a moment</source>
        <translation>Réveil du son : la séance reprend dans un instant</translation>
    </message>
    <message>
        <source>Sound: {notice}</source>
        <translation>Son : {notice}</translation>
    </message>
    <message>
        <source>Speech is not available ({error}): every cue is a tone</source>
        <translation>La parole n&apos;est pas disponible ({error}) : chaque annonce est un son</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Workout complete: {blocks} exercises, {tut} seconds under tension</source>
        <translation>Séance terminée : {blocks} exercices, {tut} secondes sous tension</translation>
    </message>
    <message>
        <source>{set}: {weight}.</source>
        <translation>{set} : {weight}.</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Série suivante</translation>
    </message>
    <message>
        <source>{set} done. {next}</source>
        <translation>{set}, c&apos;est fait. {next}</translation>
    </message>
    <message>
        <source>Next set: {weight}.</source>
        <translation>Série suivante : {weight}.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>the word before a work set&apos;s number: Set {next}</comment>
        <translation>Série</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <comment>the word before a warm-up set&apos;s number</comment>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>{sets}, left side</source>
        <translation>{sets}, côté gauche</translation>
    </message>
    <message>
        <source>{next} left</source>
        <translation>{next} côté gauche</translation>
    </message>
    <message>
        <source>{sets}, right side</source>
        <translation>{sets}, côté droit</translation>
    </message>
    <message>
        <source>{next} right</source>
        <translation>{next} côté droit</translation>
    </message>
    <message>
        <source>{lead}: bodyweight.</source>
        <translation>{lead} : poids du corps.</translation>
    </message>
    <message>
        <source>{lead}: {weight}, held on the hips.</source>
        <translation>{lead} : {weight}, tenu sur les hanches.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Just the bar.</source>
        <translation>{lead} : {weight}. Barre à vide.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. {plates} each side.</source>
        <translation>{lead} : {weight}. {plates} de chaque côté.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Same plates.</source>
        <translation>{lead} : {weight}. Mêmes disques.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off}, then add {on} each side.</source>
        <translation>{lead} : {weight}. Enlève {off}, puis ajoute {on} de chaque côté.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off} each side.</source>
        <translation>{lead} : {weight}. Enlève {off} de chaque côté.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Add {on} each side.</source>
        <translation>{lead} : {weight}. Ajoute {on} de chaque côté.</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} disques de {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} et {last}</translation>
    </message>
    <message>
        <source>Warm-up {number} left</source>
        <translation>Échauffement {number}, gauche</translation>
    </message>
    <message>
        <source>Warm-up {number} right</source>
        <translation>Échauffement {number}, droite</translation>
    </message>
    <message>
        <source>Warm-up {number}</source>
        <translation>Échauffement {number}</translation>
    </message>
    <message>
        <source>Set {number} left</source>
        <translation>Série {number}, gauche</translation>
    </message>
    <message>
        <source>Set {number} right</source>
        <translation>Série {number}, droite</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Série {number}</translation>
    </message>
</context>
<context>
    <name>SpeechLengths</name>
    <message>
        <source>the bundled espeak-ng voice at 175 words a minute</source>
        <translation>la voix espeak-ng fournie à 175 mots par minute</translation>
    </message>
</context>
<context>
    <name>SpeechProtocol</name>
    <message>
        <source>the renderer</source>
        <translation>le moteur de rendu</translation>
    </message>
    <message>
        <source>the speech worker</source>
        <translation>le processus vocal</translation>
    </message>
    <message>
        <source>the renderer sent an unexpected request ({message})</source>
        <translation>le moteur de rendu a envoyé une requête inattendue ({message})</translation>
    </message>
    <message>
        <source>the speech worker sent an unexpected message ({message})</source>
        <translation>le processus vocal a envoyé un message inattendu ({message})</translation>
    </message>
    <message>
        <source>{sender} sent a message that could not be read ({error})</source>
        <translation>{sender} a envoyé un message illisible ({error})</translation>
    </message>
</context>
<context>
    <name>SpeechWorker</name>
    <message>
        <source>audio that was cut off</source>
        <translation>un audio coupé</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>a damaged WAV</source>
        <translation>un WAV endommagé</translation>
    </message>
    <message>
        <source>an empty WAV</source>
        <translation>un WAV vide</translation>
    </message>
    <message>
        <source>only silence</source>
        <translation>seulement du silence</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>le moteur vocal n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>the phrase came out silent</source>
        <translation>la phrase est sortie muette</translation>
    </message>
    <message>
        <source>voice {voice} is not available ({error}); default voice</source>
        <translation>la voix {voice} n&apos;est pas disponible ({error}) ; voix par défaut</translation>
    </message>
    <message>
        <source>the engine wrote {problem} ({tries} tries)</source>
        <translation>le moteur a écrit {problem} ({tries} essais)</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Empty bar</source>
        <translation>Barre à vide</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% de la charge de travail</translation>
    </message>
    <message>
        <source>Warm-up step kind</source>
        <translation>Type d&apos;étape d&apos;échauffement</translation>
    </message>
    <message>
        <source>Warm-up step percent</source>
        <translation>Pourcentage de l&apos;étape d&apos;échauffement</translation>
    </message>
    <message>
        <source>Warm-up step reps</source>
        <translation>Rép. de l&apos;étape d&apos;échauffement</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>after the number of reps</comment>
        <translation>rép.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Leave this step out</source>
        <translation>Ne pas faire cette étape</translation>
    </message>
</context>
<context>
    <name>TapPad</name>
    <message>
        <source>Tap pad</source>
        <translation>Zone de tape</translation>
    </message>
    <message>
        <source>Tap here, or press Space or any key, on every tick you hear</source>
        <translation>Tape ici, ou appuie sur Espace ou n&apos;importe quelle touche, à chaque tic que tu entends</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Appuie sur Démarrer</translation>
    </message>
</context>
<context>
    <name>TapPage</name>
    <message>
        <source>Press Start, then tap Space (or any key, or click the pad) on every tick you hear: {ticks} ticks, {interval} s apart. Listen, don&apos;t watch. The first {lead_in} ticks are for finding the beat.</source>
        <translation>Appuie sur Démarrer, puis tape sur Espace (ou n&apos;importe quelle touche, ou clique sur la zone) à chaque tic que tu entends : {ticks} tics, espacés de {interval} s. Écoute, ne regarde pas. Les {lead_in} premiers tics servent à trouver le rythme.</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Progression de la calibration</translation>
    </message>
    <message>
        <source>Calibration result</source>
        <translation>Résultat de la calibration</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Play the ticks and start counting your taps</source>
        <translation>Jouer les tics et commencer à compter tes tapes</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Put the measured offset into the latency field</source>
        <translation>Mettre le décalage mesuré dans le champ de latence</translation>
    </message>
</context>
<context>
    <name>Tempo</name>
    <message>
        <source>E-P-C-P such as 3-1-X-1, 31X1 or 3-1-X; each phase 0 to {most} s, X (explosive) only for the concentric, which must be above 0</source>
        <translation>E-P-C-P comme 3-1-X-1, 31X1 ou 3-1-X ; chaque phase de 0 à {most} s, X (explosif) seulement pour la concentrique, qui doit être au-dessus de 0</translation>
    </message>
    <message>
        <source>eccentric</source>
        <translation>l&apos;excentrique</translation>
    </message>
    <message>
        <source>bottom pause</source>
        <translation>la pause en bas</translation>
    </message>
    <message>
        <source>concentric</source>
        <translation>la concentrique</translation>
    </message>
    <message>
        <source>top pause</source>
        <translation>la pause en haut</translation>
    </message>
    <message>
        <source>the concentric cannot be 0</source>
        <translation>la concentrique ne peut pas être 0</translation>
    </message>
    <message>
        <source>the {phase} is not a number</source>
        <translation>{phase} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the {phase} must be 0 to {most} s</source>
        <translation>{phase} doit être de 0 à {most} s</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>pas du texte</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>c&apos;est vide</translation>
    </message>
    <message>
        <source>write one digit or X per phase, or separate the phases with -</source>
        <translation>écris un chiffre ou X par phase, ou sépare les phases par des -</translation>
    </message>
    <message>
        <source>it has {count} phases, not 3 or 4</source>
        <translation>il a {count} phases, pas 3 ou 4</translation>
    </message>
    <message>
        <source>X is only for the concentric, not the {phase}</source>
        <translation>X est réservé à la concentrique, pas à {phase}</translation>
    </message>
    <message>
        <source>the {phase} {value} is not a number of seconds</source>
        <translation>{phase} : {value} n&apos;est pas un nombre de secondes</translation>
    </message>
</context>
<context>
    <name>TempoEditor</name>
    <message>
        <source>Down</source>
        <translation>Descente</translation>
    </message>
    <message>
        <source>Tempo: down</source>
        <translation>Tempo : descente</translation>
    </message>
    <message>
        <source>Lowering the hips (eccentric), seconds</source>
        <translation>Descente des hanches (excentrique), en secondes</translation>
    </message>
    <message>
        <source>Pause at bottom</source>
        <translation>Pause en bas</translation>
    </message>
    <message>
        <source>Tempo: pause at bottom</source>
        <translation>Tempo : pause en bas</translation>
    </message>
    <message>
        <source>Pause with the hips down, seconds</source>
        <translation>Pause hanches en bas, en secondes</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Montée</translation>
    </message>
    <message>
        <source>Tempo: up</source>
        <translation>Tempo : montée</translation>
    </message>
    <message>
        <source>Driving the hips up (concentric), seconds</source>
        <translation>Poussée des hanches vers le haut (concentrique), en secondes</translation>
    </message>
    <message>
        <source>Squeeze at top</source>
        <translation>Contraction en haut</translation>
    </message>
    <message>
        <source>Tempo: squeeze at top</source>
        <translation>Tempo : contraction en haut</translation>
    </message>
    <message>
        <source>Hold and squeeze at the top, seconds</source>
        <translation>Maintien et contraction en haut, en secondes</translation>
    </message>
    <message>
        <source>E-P-C-P, e.g. 3-1-X-1</source>
        <translation>E-P-C-P, par ex. 3-1-X-1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Down – pause at bottom – up – squeeze at top, in seconds. X for an explosive lift. Examples: 3-1-X-1, 31X1, 2.5-0-1-2.</source>
        <translation>Descente – pause en bas – montée – contraction en haut, en secondes. X pour une montée explosive. Exemples : 3-1-X-1, 31X1, 2.5-0-1-2.</translation>
    </message>
    <message>
        <source>Tempo in words</source>
        <translation>Tempo en mots</translation>
    </message>
    <message>
        <source>Explosive (X)</source>
        <translation>Explosif (X)</translation>
    </message>
    <message>
        <source>Lift as fast as you can; the plan times the lift</source>
        <translation>Monte aussi vite que possible ; le plan chronomètre la montée</translation>
    </message>
</context>
<context>
    <name>TempoWords</name>
    <message>
        <source>up</source>
        <translation>montée</translation>
    </message>
    <message>
        <source>squeeze</source>
        <translation>contraction</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descente</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>explosive</source>
        <translation>explosive</translation>
    </message>
    <message>
        <source>{phase} {length}</source>
        <translation>{phase} {length}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Reading the training log…</source>
        <translation>Lecture du carnet d&apos;entraînement…</translation>
    </message>
    <message>
        <source>No suggestion today: the training log can&apos;t be read now.</source>
        <translation>Pas de suggestion aujourd&apos;hui : le carnet d&apos;entraînement est illisible pour le moment.</translation>
    </message>
    <message>
        <source>+ {count} more exercises: each one&apos;s load is asked before the start</source>
        <translation>+ {count} autres exercices : la charge de chacun est demandée avant le départ</translation>
    </message>
    <message>
        <source>Warm-up: {sets}</source>
        <translation>Échauffement : {sets}</translation>
    </message>
    <message>
        <source>no sets of it logged yet</source>
        <translation>aucune série notée pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ToneProgress</name>
    <message>
        <source>Voice: tones only</source>
        <translation>Voix : sons seulement</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>impossible de créer le dossier {folder} : {reason}</translation>
    </message>
    <message>
        <source>the log could not be read ({reason})</source>
        <translation>le carnet n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}); it will be set aside when it is next opened.</source>
        <translation>Le carnet d&apos;entraînement {path} n&apos;a pas pu être lu ({reason}) ; il sera mis de côté à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}).</source>
        <translation>Le carnet d&apos;entraînement {path} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The texts in {language} could not be loaded: they are shown in English.</source>
        <translation>Les textes en {language} n&apos;ont pas pu être chargés : ils sont affichés en anglais.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg or lb</source>
        <translation>kg ou lb</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% de la charge de travail</translation>
    </message>
</context>
<context>
    <name>UnknownRows</name>
    <message>
        <source>{lines} and {count} more</source>
        <translation>{lines} et {count} de plus</translation>
    </message>
    <message>
        <source>line {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>ligne {lines} : {name} n&apos;est pas un exercice connu de ThrustTimer ; ignorée</translation>
    </message>
    <message>
        <source>lines {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>lignes {lines} : {name} n&apos;est pas un exercice connu de ThrustTimer ; ignorées</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>presets file</source>
        <translation>fichier des modèles</translation>
    </message>
    <message>
        <source>your presets file could not be read nor moved aside</source>
        <translation>ton fichier de modèles n&apos;a pu être ni lu ni mis de côté</translation>
    </message>
    <message>
        <source>Your presets file {path} could not be read ({reason}) nor moved aside ({move_reason}); your presets are not shown.</source>
        <translation>Ton fichier de modèles {path} n&apos;a pu être ni lu ({reason}) ni mis de côté ({move_reason}) ; tes modèles ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Your presets file could not be read ({reason}). It was kept as {aside} and nothing in it was deleted; the preset list starts empty.</source>
        <translation>Ton fichier de modèles n&apos;a pas pu être lu ({reason}). Il a été conservé sous {aside} et rien n&apos;y a été supprimé ; la liste des modèles commence vide.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrée {number}</translation>
    </message>
    <message>
        <source>{preset}: {problem}</source>
        <translation>{preset} : {problem}</translation>
    </message>
    <message>
        <source>your presets file has presets that could not be read nor copied aside</source>
        <translation>ton fichier de modèles contient des modèles qui n&apos;ont pu être ni lus ni copiés de côté</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The file could not be copied aside ({reason}), so it is left as it is and changes are not saved.</source>
        <translation>{count} de tes modèles n&apos;ont pas pu être lus et ne sont pas affichés ({problems}). Le fichier n&apos;a pas pu être copié de côté ({reason}) : il est donc laissé tel quel et les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The whole file was copied to {aside}.</source>
        <translation>{count} de tes modèles n&apos;ont pas pu être lus et ne sont pas affichés ({problems}). Le fichier entier a été copié vers {aside}.</translation>
    </message>
    <message>
        <source>My workout</source>
        <translation>Ma séance</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>one of your presets: {names}</source>
        <translation>l&apos;un de tes modèles : {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 à {most} caractères</translation>
    </message>
    <message>
        <source>a name none of your other presets has</source>
        <translation>un nom qu&apos;aucun de tes autres modèles ne porte</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>déjà utilisé</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>une liste de plans</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems} ; et {count} de plus</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>words per minute</source>
        <translation>mots par minute</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed ({problem}); allowed: {allowed}</source>
        <translation>{field} : {value} n&apos;est pas permis ({problem}) ; permis : {allowed}</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed; allowed: {allowed}</source>
        <translation>{field} : {value} n&apos;est pas permis ; permis : {allowed}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} {unit}</source>
        <translation>un nombre entier de {low} à {high} {unit}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high} {unit}</source>
        <translation>un nombre de {low} à {high} {unit}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>line {line} column {column}</source>
        <translation>ligne {line} colonne {column}</translation>
    </message>
    <message>
        <source>a JSON {what}</source>
        <translation>du JSON ({what})</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON trop imbriqué</translation>
    </message>
    <message>
        <source>a JSON {what} nested a few levels at most</source>
        <translation>du JSON ({what}) imbriqué sur quelques niveaux au plus</translation>
    </message>
    <message>
        <source>a number {length} characters long</source>
        <translation>un nombre de {length} caractères</translation>
    </message>
    <message>
        <source>numbers of at most {most} characters</source>
        <translation>des nombres de {most} caractères au plus</translation>
    </message>
    <message>
        <source>{where} fields: {fields}</source>
        <translation>champs de {where} : {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a number too long to show</source>
        <translation>un nombre trop long pour être affiché</translation>
    </message>
</context>
<context>
    <name>VoiceBank</name>
    <message>
        <source>The speech engine is not available, so the built-in voice is speaking</source>
        <translation>Le moteur vocal n&apos;est pas disponible, c&apos;est donc la voix intégrée qui parle</translation>
    </message>
    <message>
        <source>No speech engine and no voice pack: cues are tones only</source>
        <translation>Ni moteur vocal ni pack de voix : les annonces sont des sons seulement</translation>
    </message>
    <message>
        <source>The voice could not be prepared: cues are tones only</source>
        <translation>La voix n&apos;a pas pu être préparée : les annonces sont des sons seulement</translation>
    </message>
    <message>
        <source>{notice} ({detail})</source>
        <translation>{notice} ({detail})</translation>
    </message>
</context>
<context>
    <name>VoiceCache</name>
    <message>
        <source>The voice cache {folder} cannot be written ({reason}): voice clips are kept in a temporary folder for this run</source>
        <translation>Le cache vocal {folder} n&apos;est pas accessible en écriture ({reason}) : les extraits vocaux sont gardés dans un dossier temporaire pour cette fois</translation>
    </message>
</context>
<context>
    <name>VoiceCatalog</name>
    <message>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
</context>
<context>
    <name>VoicePack</name>
    <message>
        <source>a voice pack clip could not be decoded: {error}</source>
        <translation>un extrait du pack de voix n&apos;a pas pu être décodé : {error}</translation>
    </message>
    <message>
        <source>a voice pack clip is at {rate} Hz, expected {expected}</source>
        <translation>un extrait du pack de voix est à {rate} Hz, attendu {expected}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source> wpm</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>How fast the coach speaks, words per minute</source>
        <translation>Débit de parole du coach, en mots par minute</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volume de la voix</translation>
    </message>
    <message>
        <source>Start cues this much earlier (negative) or later, to match a slow audio device</source>
        <translation>Lancer les annonces plus tôt (négatif) ou plus tard de cette durée, pour compenser un périphérique audio lent</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Chargement des voix…</translation>
    </message>
    <message>
        <source>No audio device: the sample can&apos;t be played here. A workout still runs, silently.</source>
        <translation>Aucun périphérique audio : l&apos;échantillon ne peut pas être joué ici. Une séance fonctionne quand même, en silence.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voice the coach speaks with</source>
        <translation>La voix du moteur vocal avec laquelle le coach parle</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Say “{phrase}” with the voice, rate and volume shown, before saving them</source>
        <translation>Dire « {phrase} » avec la voix, le débit et le volume affichés, avant de les enregistrer</translation>
    </message>
    <message>
        <source>Voice list</source>
        <translation>Liste des voix</translation>
    </message>
    <message>
        <source>Playing “{phrase}”…</source>
        <translation>Lecture de « {phrase} »…</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrer…</translation>
    </message>
    <message>
        <source>Find the offset for your headphones: tap along to ticks, or match a tick to a flash</source>
        <translation>Trouve le décalage pour ton casque : tape en rythme sur des tics, ou cale un tic sur un flash</translation>
    </message>
    <message>
        <source>{voice} (not installed)</source>
        <translation>{voice} (non installée)</translation>
    </message>
    <message>
        <source>Voices could not be listed: {error}</source>
        <translation>Impossible de lister les voix : {error}</translation>
    </message>
    <message>
        <source>{notice}. The default voice speaks.</source>
        <translation>{notice}. La voix par défaut parle.</translation>
    </message>
    <message>
        <source>Fix the voice fields first.</source>
        <translation>Corrige d&apos;abord les champs de la voix.</translation>
    </message>
    <message>
        <source>Fix {field} ({problem}) first.</source>
        <translation>Corrige d&apos;abord {field} ({problem}).</translation>
    </message>
    <message>
        <source>Making the sample…</source>
        <translation>Création de l&apos;échantillon…</translation>
    </message>
    <message>
        <source>The sample could not be made: {reason}.</source>
        <translation>L&apos;échantillon n&apos;a pas pu être créé : {reason}.</translation>
    </message>
    <message>
        <source>no voice could say it</source>
        <translation>aucune voix n&apos;a pu le dire</translation>
    </message>
    <message>
        <source>Could not play the sample: {reason}. Try again in a moment.</source>
        <translation>Impossible de jouer l&apos;échantillon : {reason}. Réessaie dans un instant.</translation>
    </message>
    <message>
        <source>Playing “{phrase}”… {notice}.</source>
        <translation>Lecture de « {phrase} »… {notice}.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
</context>
<context>
    <name>VoicePrefs</name>
    <message>
        <source>a voice name of at most {count} characters</source>
        <translation>un nom de voix de {count} caractères au plus</translation>
    </message>
    <message>
        <source>a voice setting</source>
        <translation>un réglage de voix</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
</context>
<context>
    <name>VoiceQuery</name>
    <message>
        <source>the speech engine did not answer</source>
        <translation>le moteur vocal n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>le processus vocal a planté (code de sortie {code})</translation>
    </message>
    <message>
        <source>the speech engine could not start ({reason})</source>
        <translation>le moteur vocal n&apos;a pas pu démarrer ({reason})</translation>
    </message>
    <message>
        <source>the speech worker failed ({reason})</source>
        <translation>le processus vocal a échoué ({reason})</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>a voice id of up to 200 characters</source>
        <translation>un identifiant de voix de 200 caractères au plus</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>voice settings</source>
        <translation>réglages de voix</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Voices could not be listed: {reason}</source>
        <translation>Impossible de lister les voix : {reason}</translation>
    </message>
</context>
<context>
    <name>Warmup</name>
    <message>
        <source>warm-up step</source>
        <translation>étape d&apos;échauffement</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objet avec {fields}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>empty bar × {reps}</source>
        <translation>barre à vide × {reps}</translation>
    </message>
    <message>
        <source>{percent} % × {reps}</source>
        <translation>{percent} % × {reps}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>{most} étapes au plus</translation>
    </message>
    <message>
        <source>empty bar</source>
        <translation>barre à vide</translation>
    </message>
    <message>
        <source>the empty bar only as the first step</source>
        <translation>la barre à vide seulement comme première étape</translation>
    </message>
    <message>
        <source>more than the step before ({percent} %)</source>
        <translation>plus que l&apos;étape précédente ({percent} %)</translation>
    </message>
    <message>
        <source>an object with &quot;steps&quot;</source>
        <translation>un objet avec &quot;steps&quot;</translation>
    </message>
    <message>
        <source>warm-up steps</source>
        <translation>étapes d&apos;échauffement</translation>
    </message>
    <message>
        <source>a list of at most {most} steps</source>
        <translation>une liste de {most} étapes au plus</translation>
    </message>
    <message>
        <source>warm-up step {number}</source>
        <translation>étape d&apos;échauffement {number}</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>sans échauffement</translation>
    </message>
    <message>
        <source>warm-up step {number} percent</source>
        <translation>pourcentage de l&apos;étape d&apos;échauffement {number}</translation>
    </message>
</context>
<context>
    <name>WarmupPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Another warm-up set, heavier than the last</source>
        <translation>Une autre série d&apos;échauffement, plus lourde que la précédente</translation>
    </message>
    <message>
        <source>Default warm-up</source>
        <translation>Échauffement par défaut</translation>
    </message>
    <message>
        <source>Warm-up: problem</source>
        <translation>Échauffement : problème</translation>
    </message>
    <message>
        <source>Before the first work set: {steps}</source>
        <translation>Avant la première série de travail : {steps}</translation>
    </message>
</context>
<context>
    <name>WorkoutConductor</name>
    <message>
        <source>Getting the voice ready: the workout starts as soon as it is ready</source>
        <translation>Préparation de la voix : la séance démarre dès qu&apos;elle est prête</translation>
    </message>
</context>
<context>
    <name>WorkoutLog</name>
    <message>
        <source>Training log: {problem}. ThrustTimer keeps this session&apos;s sets and saves them as soon as it can.</source>
        <translation>Carnet d&apos;entraînement : {problem}. ThrustTimer garde les séries de cette séance et les enregistre dès que possible.</translation>
    </message>
    <message>
        <source>Training log: not recording this session ({problem})</source>
        <translation>Carnet d&apos;entraînement : cette séance n&apos;est pas enregistrée ({problem})</translation>
    </message>
</context>
</TS>
