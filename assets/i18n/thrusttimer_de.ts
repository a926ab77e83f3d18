<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>diese Argumente fehlen: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>{option}: expected one argument</source>
        <translation>{option}: erwartet einen Wert</translation>
    </message>
    <message>
        <source>{option}: invalid choice: {value} (choose from {choices})</source>
        <translation>{option}: ungültige Wahl: {value} (möglich: {choices})</translation>
    </message>
    <message>
        <source>{option}: {value} is not a valid {kind} value</source>
        <translation>{option}: {value} ist kein gültiger Wert vom Typ {kind}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} passt zu {matches}</translation>
    </message>
    <message>
        <source>{option}: not allowed with {other}</source>
        <translation>{option}: nicht zusammen mit {other}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>the default output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>keine Audioausgabe</translation>
    </message>
    <message>
        <source>the audio output is asleep</source>
        <translation>die Audioausgabe schläft</translation>
    </message>
    <message>
        <source>the sound server is not answering</source>
        <translation>der Soundserver antwortet nicht</translation>
    </message>
    <message>
        <source>the audio output is starting</source>
        <translation>die Audioausgabe startet</translation>
    </message>
    <message>
        <source>late by {milliseconds} ms</source>
        <translation>{milliseconds} ms zu spät</translation>
    </message>
</context>
<context>
    <name>BadRow</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>BlockLineView</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>BlockLoadRows</name>
    <message>
        <source>0 = bodyweight, or the weight you hold</source>
        <translation>0 = Körpergewicht, oder das Gewicht, das du hältst</translation>
    </message>
    <message>
        <source>{number} · {exercise} (held)</source>
        <translation>{number} · {exercise} (gehalten)</translation>
    </message>
    <message>
        <source>Load for block {number}, {exercise}</source>
        <translation>Gewicht für Block {number}, {exercise}</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>{exercise} {sets} × {reps} each side, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps} pro Seite, Tempo {tempo}, Pause {rest} s</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps}, Tempo {tempo}, Pause {rest} s</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>links oder rechts</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>eins von {allowed}</translation>
    </message>
    <message>
        <source>unknown exercise</source>
        <translation>unbekannte Übung</translation>
    </message>
    <message>
        <source>only on a one-sided exercise ({exercises})</source>
        <translation>nur bei einer einseitigen Übung ({exercises})</translation>
    </message>
    <message>
        <source>{exercise} works both legs at once: it has no sides</source>
        <translation>{exercise} trainiert beide Beine gleichzeitig: es gibt keine Seiten</translation>
    </message>
    <message>
        <source>block {number}</source>
        <translation>Block {number}</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>ein Objekt mit {fields}</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>eine Übungs-ID</translation>
    </message>
    <message>
        <source>block {number} ({exercise})</source>
        <translation>Block {number} ({exercise})</translation>
    </message>
    <message>
        <source>block fields: {fields}</source>
        <translation>Blockfelder: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a list of 1 to {most} blocks</source>
        <translation>eine Liste mit 1 bis {most} Blöcken</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} Block</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} Blöcke</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>BlocksForm</name>
    <message>
        <source>1 to {most} exercises</source>
        <translation>1 bis {most} Übungen</translation>
    </message>
    <message>
        <source>{sets} × {reps} each side, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps} pro Seite, {tempo}, Pause {rest} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps}, {tempo}, Pause {rest} s</translation>
    </message>
    <message>
        <source>{number}. {exercise} — ⚠ check {fields}</source>
        <translation>{number}. {exercise} — ⚠ prüfe {fields}</translation>
    </message>
    <message>
        <source>{exercise} (each side)</source>
        <translation>{exercise} (pro Seite)</translation>
    </message>
</context>
<context>
    <name>BlocksPanel</name>
    <message>
        <source>Exercises of the workout, in order</source>
        <translation>Übungen des Trainings, in Reihenfolge</translation>
    </message>
    <message>
        <source>Select an exercise to edit it below. Ctrl+Up and Ctrl+Down move it, Delete removes it.</source>
        <translation>Wähle eine Übung, um sie unten zu bearbeiten. Strg+Pfeil hoch und Strg+Pfeil runter verschieben sie, Entf entfernt sie.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Add an exercise after the selected one (at most {most})</source>
        <translation>Eine Übung nach der gewählten hinzufügen (höchstens {most})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Die gewählte Übung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run the selected exercise earlier (Ctrl+Up)</source>
        <translation>Die gewählte Übung früher machen (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run the selected exercise later (Ctrl+Down)</source>
        <translation>Die gewählte Übung später machen (Strg+Pfeil runter)</translation>
    </message>
</context>
<context>
    <name>BreathingIndicator</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>⚠ No audio device: ThrustTimer can&apos;t play ticks here, so there is nothing to calibrate. Connect headphones or speakers, then open this again.</source>
        <translation>⚠ Kein Audiogerät: ThrustTimer kann hier keine Ticks abspielen, also gibt es nichts zu kalibrieren. Schließ Kopfhörer oder Lautsprecher an und öffne dies dann erneut.</translation>
    </message>
    <message>
        <source>The audio output is still starting: press Start again in a moment.</source>
        <translation>Die Audioausgabe startet noch: drück gleich noch einmal auf Start.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms later than the app plays them.</source>
        <translation>Du hörst die Ticks {lag} ms später, als die App sie abspielt.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms earlier than the app plays them.</source>
        <translation>Du hörst die Ticks {lag} ms früher, als die App sie abspielt.</translation>
    </message>
    <message>
        <source>You hear the ticks right on time.</source>
        <translation>Du hörst die Ticks genau im Takt.</translation>
    </message>
    <message>
        <source>Your taps were steady to ±{spread} ms ({used} used, {ignored} left out).</source>
        <translation>Deine Taps waren auf ±{spread} ms gleichmäßig ({used} verwendet, {ignored} weggelassen).</translation>
    </message>
    <message>
        <source>New latency offset: {new} ms (now {current} ms).</source>
        <translation>Neuer Latenzausgleich: {new} ms (bisher {current} ms).</translation>
    </message>
    <message>
        <source>Not enough taps on the beat: at least {taps} steady taps after the first {ticks} ticks are needed. Press Try again and tap on every tick you hear.</source>
        <translation>Zu wenige Taps im Takt: nach den ersten {ticks} Ticks sind mindestens {taps} gleichmäßige Taps nötig. Drück auf Nochmal und tippe bei jedem Tick, den du hörst.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the latency offset</source>
        <translation>Latenzausgleich kalibrieren</translation>
    </message>
    <message>
        <source>Match the coach&apos;s sound to the beat</source>
        <translation>Bring den Ton des Coaches in den Takt</translation>
    </message>
    <message>
        <source>Wear the headphones or speakers you train with. Bluetooth headphones often lag 100–300 ms. The latency offset now: {offset} ms.</source>
        <translation>Trag die Kopfhörer oder Lautsprecher, mit denen du trainierst. Bluetooth-Kopfhörer hängen oft 100–300 ms hinterher. Aktueller Latenzausgleich: {offset} ms.</translation>
    </message>
    <message>
        <source>Tap along</source>
        <translation>Mittippen</translation>
    </message>
    <message>
        <source>Tick meets flash</source>
        <translation>Tick und Blitz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave the latency offset as it is (Esc)</source>
        <translation>Den Latenzausgleich lassen, wie er ist (Esc)</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Listen… tap on every tick you hear.</source>
        <translation>Hör zu… tippe bei jedem Tick, den du hörst.</translation>
    </message>
    <message>
        <source>Tap on each tick</source>
        <translation>Tippe bei jedem Tick</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Move the offset until the tick and the flash come together.</source>
        <translation>Verschieb den Ausgleich, bis Tick und Blitz zusammenfallen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Drück auf Start</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>{count} of {ticks} ticks could not be played ({reason}): try again.</source>
        <translation>{count} von {ticks} Ticks konnten nicht abgespielt werden ({reason}): versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Use {offset} ms</source>
        <translation>{offset} ms übernehmen</translation>
    </message>
    <message>
        <source>{count} tap</source>
        <translation>{count} Tap</translation>
    </message>
    <message>
        <source>{count} taps</source>
        <translation>{count} Taps</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run `{prog} SUBCOMMAND --help` for its options.</source>
        <translation>Führ `{prog} UNTERBEFEHL --help` aus, um seine Optionen zu sehen.</translation>
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
        <translation>Der Befehl `thrusttimer`: standardmäßig das Fenster, oder ein Unterbefehl.

thrusttimer [Plan-Optionen]          öffnet das Fenster mit einem Training
thrusttimer plan [Plan-Optionen]     gibt den kompilierten Ablauf aus (--json für Maschinen)
thrusttimer presets                 listet die eingebauten Vorlagen auf
thrusttimer history [--since D] [--csv F] [--import F]   das Trainingstagebuch
thrusttimer next [--preset NAME] [--json]    heutiges Gewicht und Wiederholungen, mit Begründung
thrusttimer plates LOAD [--unit kg|lb]       die Scheiben pro Seite für ein Gewicht
thrusttimer --version</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <source>Where you are in the workout</source>
        <translation>Wo du im Training gerade bist</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>ExerciseBar</name>
    <message>
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <source>Exercise for the charts and records</source>
        <translation>Übung für die Diagramme und Rekorde</translation>
    </message>
    <message>
        <source>{exercise}: no sets yet.</source>
        <translation>{exercise}: noch keine Sätze.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Switch sides: the other leg takes over</source>
        <translation>Seitenwechsel: das andere Bein übernimmt</translation>
    </message>
    <message>
        <source>exercise: {exercise} is unknown; choose from {allowed}</source>
        <translation>exercise: {exercise} ist unbekannt; wähle aus {allowed}</translation>
    </message>
    <message>
        <source>{file}: id: must be the file&apos;s name {name}, not {id}</source>
        <translation>{file}: id: muss der Name der Datei sein, {name}, nicht {id}</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file}: kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <source>must be {format}, not {kind}</source>
        <translation>muss {format} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be a list of phases, not {kind}</source>
        <translation>muss eine Liste von Phasen sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{kind} is not a phase of a rep; must be one of {allowed}</source>
        <translation>{kind} ist keine Phase einer Wiederholung; erlaubt ist eins von {allowed}</translation>
    </message>
    <message>
        <source>must name brace, thrust, squeeze and descent once each; {phase} is there {count} times</source>
        <translation>muss brace, thrust, squeeze und descent je einmal nennen; {phase} steht {count}-mal da</translation>
    </message>
    <message>
        <source>{id} is used twice in {key}; ids must differ</source>
        <translation>{id} wird in {key} zweimal verwendet; IDs müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>must be lowercase words joined by hyphens, not {id}</source>
        <translation>müssen kleingeschriebene Wörter mit Bindestrichen sein, nicht {id}</translation>
    </message>
    <message>
        <source>{tempo} already sets phases.{phase}; each tempo number sets one phase</source>
        <translation>{tempo} legt phases.{phase} schon fest; jede Tempozahl legt eine Phase fest</translation>
    </message>
    <message>
        <source>must be true with stance {stance}: one leg works</source>
        <translation>muss bei stance {stance} true sein: ein Bein arbeitet</translation>
    </message>
</context>
<context>
    <name>ExerciseRecords</name>
    <message>
        <source>{exercise}, left side</source>
        <translation>{exercise}, linke Seite</translation>
    </message>
    <message>
        <source>{exercise}, right side</source>
        <translation>{exercise}, rechte Seite</translation>
    </message>
    <message>
        <source>best estimated 1RM (Epley) {estimate} on {day} ({load} × {reps})</source>
        <translation>bestes geschätztes 1RM (Epley) {estimate} am {day} ({load} × {reps})</translation>
    </message>
    <message>
        <source>heaviest {load} × {reps} on {day}</source>
        <translation>schwerster Satz {load} × {reps} am {day}</translation>
    </message>
    <message>
        <source>most reps {reps} on {day}</source>
        <translation>meiste Wiederholungen {reps} am {day}</translation>
    </message>
    <message>
        <source>most volume in a session {volume} × reps on {day}</source>
        <translation>meistes Volumen in einer Einheit {volume} × Wdh. am {day}</translation>
    </message>
    <message>
        <source>no work sets yet</source>
        <translation>noch keine Arbeitssätze</translation>
    </message>
    <message>
        <source>{count} work set</source>
        <translation>{count} Arbeitssatz</translation>
    </message>
    <message>
        <source>{count} work sets</source>
        <translation>{count} Arbeitssätze</translation>
    </message>
    <message>
        <source>{exercise}: {records} ({sets}).</source>
        <translation>{exercise}: {records} ({sets}).</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>muss eine Tabelle sein, nicht {kind}</translation>
    </message>
    <message>
        <source>unknown key; allowed here: {keys}</source>
        <translation>unbekannter Schlüssel; hier erlaubt: {keys}</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>fehlt; ist erforderlich</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>muss true oder false sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {kind}</source>
        <translation>muss eins von {allowed} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be a list ([[{key}]]), not {kind}</source>
        <translation>muss eine Liste sein ([[{key}]]), nicht {kind}</translation>
    </message>
    <message>
        <source>must not be empty: list at least one</source>
        <translation>darf nicht leer sein: gib mindestens einen Eintrag an</translation>
    </message>
    <message>
        <source>must be a non-empty list of text, not {kind}</source>
        <translation>muss eine nicht leere Liste von Texten sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be text that is not empty, not {kind}</source>
        <translation>muss ein nicht leerer Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>hier keine</translation>
    </message>
    <message>
        <source>braces must pair up around a placeholder ({allowed})</source>
        <translation>geschweifte Klammern müssen paarweise um einen Platzhalter stehen ({allowed})</translation>
    </message>
    <message>
        <source>placeholder {placeholder} is not allowed; placeholders: {allowed}</source>
        <translation>Platzhalter {placeholder} ist nicht erlaubt; Platzhalter: {allowed}</translation>
    </message>
</context>
<context>
    <name>FlashCircle</name>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <source>Press Start: the circle flashes on every tick. Move the offset until you hear each tick exactly when you see the flash. ← → move it 5 ms, ↑ ↓ in the box 1 ms.</source>
        <translation>Drück auf Start: der Kreis blitzt bei jedem Tick auf. Verschieb den Ausgleich, bis du jeden Tick genau dann hörst, wenn du den Blitz siehst. ← → verschieben um 5 ms, ↑ ↓ im Feld um 1 ms.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Ausgleich</translation>
    </message>
    <message>
        <source>Latency offset under test</source>
        <translation>Getesteter Latenzausgleich</translation>
    </message>
    <message>
        <source>Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms</source>
        <translation>Ton kommt später → nach rechts. ← → 5 ms, Bild↑/Bild↓ 50 ms</translation>
    </message>
    <message>
        <source>Latency offset under test, ms</source>
        <translation>Getesteter Latenzausgleich, ms</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Flash the circle and play a tick with it, until Stop</source>
        <translation>Den Kreis blitzen lassen und dazu einen Tick spielen, bis Stopp</translation>
    </message>
    <message>
        <source>Use this offset</source>
        <translation>Diesen Ausgleich übernehmen</translation>
    </message>
    <message>
        <source>Put the offset shown into the latency field</source>
        <translation>Den angezeigten Ausgleich ins Latenzfeld übernehmen</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Open the ThrustTimer window. Subcommands: plan, presets (see --help).</source>
        <translation>Öffnet das ThrustTimer-Fenster. Unterbefehle: plan, presets (siehe --help).</translation>
    </message>
    <message>
        <source>write what the session does to FILE, one JSON object per line</source>
        <translation>schreibt, was die Einheit tut, in FILE, ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>open the window at this size</source>
        <translation>öffnet das Fenster in dieser Größe</translation>
    </message>
    <message>
        <source>{flag}: {value} is not WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>{flag}: {value} ist nicht BREITExHÖHE, z. B. 1366x768</translation>
    </message>
    <message>
        <source>{flag}: {value} is out of range; allowed 320x240 to 10000x10000</source>
        <translation>{flag}: {value} liegt außerhalb des Bereichs; erlaubt 320x240 bis 10000x10000</translation>
    </message>
    <message>
        <source>{flag}: {value} is not SECONDS:PATH</source>
        <translation>{flag}: {value} ist nicht SEKUNDEN:PFAD</translation>
    </message>
</context>
<context>
    <name>GymScreen</name>
    <message>
        <source>Press D to watch how a rep is done</source>
        <translation>Drück D, um zu sehen, wie eine Wiederholung geht</translation>
    </message>
    <message>
        <source>Watch how it&apos;s done · {phase}</source>
        <translation>So geht’s · {phase}</translation>
    </message>
</context>
<context>
    <name>GymWords</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused · press Space to resume</source>
        <translation>Pausiert · Leertaste: weiter</translation>
    </message>
    <message>
        <source>Ready? press Space</source>
        <translation>Bereit? Leertaste</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Zuerst linke Seite</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Zuerst rechte Seite</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Als Nächstes links</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Als Nächstes rechts</translation>
    </message>
    <message>
        <source>Set up: {instruction}</source>
        <translation>Aufbau: {instruction}</translation>
    </message>
    <message>
        <source>All {count} exercises done</source>
        <translation>Alle {count} Übungen fertig</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Nächste Übung: {exercise}</translation>
    </message>
    <message>
        <source>Warm-up –/{sets}</source>
        <translation>Aufwärmen –/{sets}</translation>
    </message>
    <message>
        <source>Set –/{sets}</source>
        <translation>Satz –/{sets}</translation>
    </message>
    <message>
        <source>Rep –/{reps}</source>
        <translation>Wdh. –/{reps}</translation>
    </message>
    <message>
        <source>Warm-up {number}/{sets}</source>
        <translation>Aufwärmen {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Satz {number}/{sets}</translation>
    </message>
    <message>
        <source>Rep {rep}/{reps}</source>
        <translation>Wdh. {rep}/{reps}</translation>
    </message>
    <message>
        <source>{reps} rep · tempo {tempo}</source>
        <translation>{reps} Wdh. · Tempo {tempo}</translation>
    </message>
    <message>
        <source>{reps} reps · tempo {tempo}</source>
        <translation>{reps} Wdh. · Tempo {tempo}</translation>
    </message>
    <message>
        <source>Next: {exercise} — {set} · {details}</source>
        <translation>Danach: {exercise} — {set} · {details}</translation>
    </message>
    <message>
        <source>Next: {set} · {details}</source>
        <translation>Danach: {set} · {details}</translation>
    </message>
    <message>
        <source>{name}: {count} exercises</source>
        <translation>{name}: {count} Übungen</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps} each side</source>
        <translation>{exercise} {sets} × {reps} pro Seite</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}</source>
        <translation>{exercise} {sets} × {reps}</translation>
    </message>
    <message>
        <source>Done: {exercises}</source>
        <translation>Fertig: {exercises}</translation>
    </message>
    <message>
        <source>{count} exercises · {tension} s under tension · Space to go again</source>
        <translation>{count} Übungen · {tension} s unter Spannung · Leertaste: nochmal</translation>
    </message>
    <message>
        <source>{sets} × {reps} done · {tension} s under tension · Space to go again</source>
        <translation>{sets} × {reps} fertig · {tension} s unter Spannung · Leertaste: nochmal</translation>
    </message>
    <message>
        <source>Press Space to start · {plan}</source>
        <translation>Leertaste zum Starten · {plan}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation>Leertaste: neu starten</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
</context>
<context>
    <name>HeadlessProgress</name>
    <message>
        <source>set {set}/{sets} · rep {rep}/{reps}</source>
        <translation>Satz {set}/{sets} · Wdh. {rep}/{reps}</translation>
    </message>
    <message>
        <source>set {set}/{sets}</source>
        <translation>Satz {set}/{sets}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>{where} · {state} {left} s · {position} of {total}</source>
        <translation>{where} · {state} {left} s · {position} von {total}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>top load per training day</source>
        <translation>Höchstes Gewicht pro Trainingstag</translation>
    </message>
    <message>
        <source>weekly volume (load × reps)</source>
        <translation>Wochenvolumen (Gewicht × Wdh.)</translation>
    </message>
    <message>
        <source>time under tension per training day</source>
        <translation>Zeit unter Spannung pro Trainingstag</translation>
    </message>
    <message>
        <source>estimated 1RM per training day (Epley)</source>
        <translation>geschätztes 1RM pro Trainingstag (Epley)</translation>
    </message>
    <message>
        <source>Top load</source>
        <translation>Höchstes Gewicht</translation>
    </message>
    <message>
        <source>Weekly volume</source>
        <translation>Wochenvolumen</translation>
    </message>
    <message>
        <source>Time under tension</source>
        <translation>Zeit unter Spannung</translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation>Geschätztes 1RM</translation>
    </message>
    <message>
        <source>{exercise}: {chart}</source>
        <translation>{exercise}: {chart}</translation>
    </message>
    <message>
        <source>{chart}: no sessions yet</source>
        <translation>{chart}: noch keine Einheiten</translation>
    </message>
    <message>
        <source>{chart}: none recorded yet</source>
        <translation>{chart}: noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Not shown: {count} imported session with no time under tension recorded</source>
        <translation>Nicht angezeigt: {count} importierte Einheit ohne aufgezeichnete Zeit unter Spannung</translation>
    </message>
    <message>
        <source>Not shown: {count} imported sessions with no time under tension recorded</source>
        <translation>Nicht angezeigt: {count} importierte Einheiten ohne aufgezeichnete Zeit unter Spannung</translation>
    </message>
    <message>
        <source>Not shown: {count} session with no time under tension recorded</source>
        <translation>Nicht angezeigt: {count} Einheit ohne aufgezeichnete Zeit unter Spannung</translation>
    </message>
    <message>
        <source>Not shown: {count} sessions with no time under tension recorded</source>
        <translation>Nicht angezeigt: {count} Einheiten ohne aufgezeichnete Zeit unter Spannung</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Persönlicher Rekord</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>{unit} × reps</source>
        <translation>{unit} × Wdh.</translation>
    </message>
    <message>
        <source>Weeks, Monday to Sunday</source>
        <translation>Wochen, Montag bis Sonntag</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the log could not be used); 2 bad options, or an --import path that is no file of at most 50 MB; {code} imported, but some rows were bad and skipped (each named on stderr; rows of exercises ThrustTimer does not know are named there too, and do not change the code)</source>
        <translation>Exit-Codes: 0 fertig; 1 nichts importiert (die Datei ist kein Strong- oder Hevy-Export, oder das Tagebuch war nicht nutzbar); 2 ungültige Optionen, oder ein --import-Pfad, der keine Datei von höchstens 50 MB ist; {code} importiert, aber einige Zeilen waren ungültig und wurden übersprungen (jede wird auf stderr genannt; Zeilen mit Übungen, die ThrustTimer nicht kennt, werden dort auch genannt und ändern den Code nicht)</translation>
    </message>
    <message>
        <source>Print the training log, export it as a Strong CSV, or import a Strong or Hevy export. The log is {path} (set THRUSTTIMER_DATA_DIR to use another folder).</source>
        <translation>Gibt das Trainingstagebuch aus, exportiert es als Strong-CSV oder importiert einen Strong- oder Hevy-Export. Das Tagebuch ist {path} (setz THRUSTTIMER_DATA_DIR, um einen anderen Ordner zu verwenden).</translation>
    </message>
    <message>
        <source>only sessions on or after this day</source>
        <translation>nur Einheiten ab diesem Tag</translation>
    </message>
    <message>
        <source>write the log as a Strong-format CSV (- for stdout)</source>
        <translation>schreibt das Tagebuch als CSV im Strong-Format (- für stdout)</translation>
    </message>
    <message>
        <source>kg or lb (default kg)</source>
        <translation>kg oder lb (Standard: kg)</translation>
    </message>
    <message>
        <source>import a Strong or Hevy CSV export</source>
        <translation>importiert einen CSV-Export von Strong oder Hevy</translation>
    </message>
    <message>
        <source>the unit of a Strong export&apos;s Weight column, kg or lb (default kg; exports with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy&apos;s, say their unit)</source>
        <translation>die Einheit der Weight-Spalte eines Strong-Exports, kg oder lb (Standard: kg; Exporte mit Weight (kg), Weight (lbs) oder einer Spalte Weight Unit, und die von Hevy, nennen ihre Einheit selbst)</translation>
    </message>
    <message>
        <source>show the table and charts in a window</source>
        <translation>zeigt die Tabelle und die Diagramme in einem Fenster</translation>
    </message>
    <message>
        <source>only this exercise&apos;s sets: {exercises} (default: every exercise)</source>
        <translation>nur die Sätze dieser Übung: {exercises} (Standard: alle Übungen)</translation>
    </message>
    <message>
        <source>--import: give it alone, without --csv, --since or --exercise</source>
        <translation>--import: allein angeben, ohne --csv, --since oder --exercise</translation>
    </message>
    <message>
        <source>--window: give it without --csv or --import</source>
        <translation>--window: ohne --csv oder --import angeben</translation>
    </message>
    <message>
        <source>thrusttimer history: --exercise: no sets of {exercise} in the log yet; the window charts {charted}</source>
        <translation>thrusttimer history: --exercise: noch keine Sätze von {exercise} im Tagebuch; das Fenster zeigt Diagramme für {charted}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01</source>
        <translation>{flag}: {value} ist kein Datum; erlaubt: JJJJ-MM-TT, etwa 2026-11-01</translation>
    </message>
    <message>
        <source>{flag}: {value} is not an exercise; allowed: {ids}</source>
        <translation>{flag}: {value} ist keine Übung; erlaubt: {ids}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} ist keine Einheit; erlaubt: kg oder lb</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad row</source>
        <translation>{file}: und {count} weitere ungültige Zeile</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad rows</source>
        <translation>{file}: und {count} weitere ungültige Zeilen</translation>
    </message>
    <message>
        <source>{file}: and {count} more row of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: und {count} weitere Zeile mit Übungen, die ThrustTimer nicht kennt, übersprungen</translation>
    </message>
    <message>
        <source>{file}: and {count} more rows of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: und {count} weitere Zeilen mit Übungen, die ThrustTimer nicht kennt, übersprungen</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Wrote {sets} sets from {sessions} sessions to {path}</source>
        <translation>{sets} Sätze aus {sessions} Einheiten nach {path} geschrieben</translation>
    </message>
    <message>
        <source>No sessions in the training log {path}.</source>
        <translation>Keine Einheiten im Trainingstagebuch {path}.</translation>
    </message>
    <message>
        <source>No sessions in the training log.</source>
        <translation>Keine Einheiten im Trainingstagebuch.</translation>
    </message>
    <message>
        <source>partial, {reps} of {planned}</source>
        <translation>unvollständig, {reps} von {planned}</translation>
    </message>
    <message>
        <source>{sessions}, {sets}.</source>
        <translation>{sessions}, {sets}.</translation>
    </message>
    <message>
        <source>{exercise}, left</source>
        <translation>{exercise}, links</translation>
    </message>
    <message>
        <source>{exercise}, right</source>
        <translation>{exercise}, rechts</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TUT</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min, from {source}</source>
        <translation>{start}  {name}, {minutes} min, aus {source}</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min</source>
        <translation>{start}  {name}, {minutes} min</translation>
    </message>
    <message>
        <source>{start}  {name}, from {source}</source>
        <translation>{start}  {name}, aus {source}</translation>
    </message>
    <message>
        <source>{start}  {name}</source>
        <translation>{start}  {name}</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} Satz</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
</context>
<context>
    <name>HistorySides</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Rekord links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Rekord rechts</translation>
    </message>
    <message>
        <source>Unknown side</source>
        <translation>Seite unbekannt</translation>
    </message>
    <message>
        <source>Unknown side record</source>
        <translation>Rekord, Seite unbekannt</translation>
    </message>
    <message>
        <source>Left and right sides together</source>
        <translation>Linke und rechte Seite zusammen</translation>
    </message>
    <message>
        <source>{chart}: no loads logged yet</source>
        <translation>{chart}: noch keine Gewichte eingetragen</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>drop set</source>
        <translation>Dropsatz</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>bis zum Versagen</translation>
    </message>
    <message>
        <source>When / set</source>
        <translation>Wann / Satz</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TUT</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Set {number} deleted. Ctrl+Z undoes it.</source>
        <translation>Satz {number} gelöscht. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was deleted.</source>
        <translation>Rückgängig: Satz {number} ist wieder so wie vor dem Löschen.</translation>
    </message>
    <message>
        <source>Set {number} changed. Ctrl+Z undoes it.</source>
        <translation>Satz {number} geändert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was changed.</source>
        <translation>Rückgängig: Satz {number} ist wieder so wie vor der Änderung.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>{reps} of {planned}</source>
        <translation>{reps} von {planned}</translation>
    </message>
    <message>
        <source>{set} · partial</source>
        <translation>{set} · unvollständig</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>The training log cannot be shown: {error}</source>
        <translation>Das Trainingstagebuch kann nicht angezeigt werden: {error}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to {path}.</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>not a Strong or Hevy export: the first line is {header}; expected Strong&apos;s {strong},... or Hevy&apos;s {hevy}</source>
        <translation>kein Strong- oder Hevy-Export: die erste Zeile ist {header}; erwartet wurde {strong},... von Strong oder {hevy} von Hevy</translation>
    </message>
    <message>
        <source>has {fields} fields, the header has {columns}</source>
        <translation>hat {fields} Felder, die Kopfzeile hat {columns}</translation>
    </message>
    <message>
        <source>the training log could not be written, nothing imported: {error}</source>
        <translation>das Trainingstagebuch konnte nicht geschrieben werden, nichts importiert: {error}</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>{file} is not a file: there is nothing by that name</source>
        <translation>{file} ist keine Datei: unter diesem Namen gibt es nichts</translation>
    </message>
    <message>
        <source>{file} is not a file but {kind}; allowed: a CSV file</source>
        <translation>{file} ist keine Datei, sondern {kind}; erlaubt: eine CSV-Datei</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; allowed: up to {limit}</source>
        <translation>{file} ist {size} groß; erlaubt: bis zu {limit}</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>eine Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>over {size}</source>
        <translation>über {size}</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>byte {byte} is not {encoding} text; save the file as UTF-8 and import it again</source>
        <translation>Byte {byte} ist kein {encoding}-Text; speichere die Datei als UTF-8 und importiere sie erneut</translation>
    </message>
    <message>
        <source>{character} is half of a character (a lone surrogate), not text</source>
        <translation>{character} ist ein halbes Zeichen (ein einzelnes Surrogat), kein Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>line 1: the header is empty; expected the names of the columns</source>
        <translation>Zeile 1: die Kopfzeile ist leer; erwartet wurden die Namen der Spalten</translation>
    </message>
    <message>
        <source>a cell is longer than {count} characters</source>
        <translation>eine Zelle ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>not readable as CSV</source>
        <translation>nicht als CSV lesbar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{sets} in {sessions} imported from a {format} export</source>
        <translation>{sets} in {sessions} aus einem {format}-Export importiert</translation>
    </message>
    <message>
        <source>{sessions} already in the log got the sets it was missing</source>
        <translation>{sessions} schon im Tagebuch, um fehlende Sätze ergänzt</translation>
    </message>
    <message>
        <source>{sets} already in the log</source>
        <translation>{sets} schon im Tagebuch</translation>
    </message>
    <message>
        <source>{rows} of exercises ThrustTimer does not know skipped</source>
        <translation>{rows} mit Übungen, die ThrustTimer nicht kennt, übersprungen</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} Zeile</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>{rows} skipped</source>
        <translation>{rows} übersprungen</translation>
    </message>
    <message>
        <source>{count} bad row</source>
        <translation>{count} ungültige Zeile</translation>
    </message>
    <message>
        <source>{count} bad rows</source>
        <translation>{count} ungültige Zeilen</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} Satz</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h after {column}</source>
        <translation>{value} ist nicht erlaubt; erlaubt: bis zu {hours} h nach {column}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ist nicht eins von {allowed}</translation>
    </message>
    <message>
        <source>empty; allowed: the name of an exercise</source>
        <translation>leer; erlaubt: der Name einer Übung</translation>
    </message>
    <message>
        <source>{length} characters long; allowed: up to {limit}</source>
        <translation>{length} Zeichen lang; erlaubt: bis zu {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: {allowed}</source>
        <translation>{value} ist nicht erlaubt; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>0 to {most} {unit}</source>
        <translation>0 bis {most} {unit}</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>eine ganze Zahl von 0 bis {most}</translation>
    </message>
    <message>
        <source>empty; allowed: {allowed}</source>
        <translation>leer; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a whole number of reps</source>
        <translation>{value} ist keine ganze Zahl von Wiederholungen</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: 6 to 10 in half steps</source>
        <translation>{value} ist nicht erlaubt; erlaubt: 6 bis 10 in halben Schritten</translation>
    </message>
    <message>
        <source>0 to {most} seconds</source>
        <translation>0 bis {most} Sekunden</translation>
    </message>
    <message>
        <source>{value} is not a date like {example}</source>
        <translation>{value} ist kein Datum wie {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: a date from {first} to {last}</source>
        <translation>{value} ist nicht erlaubt; erlaubt: ein Datum von {first} bis {last}</translation>
    </message>
    <message>
        <source>{value} is not a duration like {example}</source>
        <translation>{value} ist keine Dauer wie {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h</source>
        <translation>{value} ist nicht erlaubt; erlaubt: bis zu {hours} h</translation>
    </message>
    <message>
        <source>{value} is not a set number or {letters}</source>
        <translation>{value} ist keine Satznummer und nicht {letters}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is larger than any journal ThrustTimer writes</source>
        <translation>sie ist größer als jedes Journal, das ThrustTimer schreibt</translation>
    </message>
    <message>
        <source>none of the sets in it were added</source>
        <translation>keiner der Sätze darin wurde übernommen</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>Eintrag {number}: {problem}</translation>
    </message>
    <message>
        <source>{count} unreadable entries were left out ({problems})</source>
        <translation>{count} unlesbare Einträge wurden weggelassen ({problems})</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>ist beschädigt</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem} and could not be kept aside ({reason}); {outcome}.</source>
        <translation>Die Datei mit Sätzen, die auf das Trainingstagebuch warten, {path}, {problem} und konnte nicht beiseitegelegt werden ({reason}); {outcome}.</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem}; it was kept as {aside} and {outcome}.</source>
        <translation>Die Datei mit Sätzen, die auf das Trainingstagebuch warten, {path}, {problem}; sie wurde als {aside} aufbewahrt und {outcome}.</translation>
    </message>
    <message>
        <source>it is not a format-{format} journal</source>
        <translation>sie ist kein Journal im Format {format}</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>sie hat keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>{value} is not an entry</source>
        <translation>{value} ist kein Eintrag</translation>
    </message>
    <message>
        <source>its session is not a name and a start time</source>
        <translation>ihre Einheit hat keinen Namen und keine Startzeit</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>Name der Einheit</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>Start der Einheit</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>type {value} is not set or end</source>
        <translation>Typ {value} ist weder set noch end</translation>
    </message>
    <message>
        <source>load {value} is not a number</source>
        <translation>Gewicht {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>set number {value} is not a whole number, 1 or more</source>
        <translation>Satznummer {value} ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>kind {value} is not one of {allowed}</source>
        <translation>Art {value} ist nicht eins von {allowed}</translation>
    </message>
    <message>
        <source>side {value} is not left or right</source>
        <translation>Seite {value} ist weder links noch rechts</translation>
    </message>
    <message>
        <source>planned reps {value} is not a whole number</source>
        <translation>geplante Wiederholungen {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>time under tension {value} is not a number</source>
        <translation>Zeit unter Spannung {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>{field} {value} is not text of at most 1000 characters</source>
        <translation>{field} {value} ist kein Text mit höchstens 1000 Zeichen</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time with its offset</source>
        <translation>{field} {value} ist kein Datum mit Uhrzeit und Zeitzonenversatz</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} fehlt</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>The screen may sleep mid-set: set it to stay on in your system settings</source>
        <translation>Der Bildschirm könnte mitten im Satz ausgehen: stell in deinen Systemeinstellungen ein, dass er an bleibt</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Ein Training läuft</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume the workout</source>
        <translation>Training starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Space, media Play/Pause, clicker B</source>
        <translation>Leertaste, Medientaste Play/Pause, Clicker B</translation>
    </message>
    <message>
        <source>Redo rep</source>
        <translation>Wdh. neu</translation>
    </message>
    <message>
        <source>Restart the current rep</source>
        <translation>Die aktuelle Wiederholung neu beginnen</translation>
    </message>
    <message>
        <source>←, PageUp</source>
        <translation>←, Bild↑</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip this phase, or the rest</source>
        <translation>Diese Phase oder die Pause überspringen</translation>
    </message>
    <message>
        <source>→, PageDown</source>
        <translation>→, Bild↓</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Shorten the rest by 30 seconds</source>
        <translation>Die Pause um 30 Sekunden kürzen</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Lengthen the rest by 30 seconds</source>
        <translation>Die Pause um 30 Sekunden verlängern</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>End the rest now and count in the next set</source>
        <translation>Die Pause jetzt beenden und den nächsten Satz einzählen</translation>
    </message>
    <message>
        <source>Enter (or Space while waiting)</source>
        <translation>Eingabe (oder Leertaste beim Warten)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the workout (press twice to confirm)</source>
        <translation>Das Training beenden (zum Bestätigen zweimal drücken)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Watch how a rep is done</source>
        <translation>Sieh dir an, wie eine Wiederholung geht</translation>
    </message>
    <message>
        <source>Workout…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>Choose and set up the workout</source>
        <translation>Training auswählen und einrichten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your training log and progress charts</source>
        <translation>Dein Trainingstagebuch und Fortschrittsdiagramme</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>{does} ({keys})</source>
        <translation>{does} ({keys})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
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
        <translation>die Sprache: {choices} (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>--language: expected a language code: {choices}</source>
        <translation>--language: erwartet einen Sprachcode: {choices}</translation>
    </message>
    <message>
        <source>--language: &apos;{value}&apos; is not a language ThrustTimer speaks; choose {choices}</source>
        <translation>--language: &apos;{value}&apos; ist keine Sprache, die ThrustTimer spricht; wähle {choices}</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Wie das System: {language}</translation>
    </message>
    <message>
        <source>As the screen</source>
        <translation>Wie der Bildschirm</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ThrustTimer.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ThrustTimer.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>no speech engine and not in the voice pack</source>
        <translation>keine Sprach-Engine und nicht im Sprachpaket</translation>
    </message>
    <message>
        <source>Could not voice “{phrase}” ({reason})</source>
        <translation>„{phrase}“ konnte nicht vertont werden ({reason})</translation>
    </message>
    <message>
        <source>No voice clips could be prepared ({reason})</source>
        <translation>Es konnten keine Sprachclips vorbereitet werden ({reason})</translation>
    </message>
    <message>
        <source>The speech engine could not start ({reason})</source>
        <translation>Die Sprach-Engine konnte nicht starten ({reason})</translation>
    </message>
    <message>
        <source>{count} phrases (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} Ansagen („{phrase}“…) nutzen die eingebaute Stimme, weil die Sprach-Engine an ihnen gescheitert ist ({reason})</translation>
    </message>
    <message>
        <source>{count} phrase (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} Ansage („{phrase}“…) nutzt die eingebaute Stimme, weil die Sprach-Engine daran gescheitert ist ({reason})</translation>
    </message>
</context>
<context>
    <name>LoadField</name>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>type the load</source>
        <translation>Gewicht eingeben</translation>
    </message>
</context>
<context>
    <name>LoadPrompt</name>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now</source>
        <translation>Eingeben oder verstellen (Bild↑/Bild↓) · Esc: jetzt nicht</translation>
    </message>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now · Tab: the next exercise&apos;s</source>
        <translation>Eingeben oder verstellen (Bild↑/Bild↓) · Esc: jetzt nicht · Tab: das der nächsten Übung</translation>
    </message>
    <message>
        <source>Not logging the load  (N)</source>
        <translation>Gewicht nicht eintragen  (N)</translation>
    </message>
    <message>
        <source>Not logged  (N)</source>
        <translation>Ohne Eintrag  (N)</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Start  (Eingabe)</translation>
    </message>
    <message>
        <source>Start  (⏎)</source>
        <translation>Start  (⏎)</translation>
    </message>
    <message>
        <source>No load yet: type it, or Start again to go without logging it</source>
        <translation>Noch kein Gewicht: gib es ein, oder drück nochmal Start, um ohne Eintrag zu trainieren</translation>
    </message>
    <message>
        <source>Load on the bar</source>
        <translation>Gewicht auf der Stange</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Load for {workout}</source>
        <translation>Gewicht für {workout}</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Kein Aufwärmen</translation>
    </message>
    <message>
        <source>Warm-up: {count} set  (W)</source>
        <translation>Aufwärmen: {count} Satz  (W)</translation>
    </message>
    <message>
        <source>Warm-up: {count} sets  (W)</source>
        <translation>Aufwärmen: {count} Sätze  (W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} set: W)</source>
        <translation>Kein Aufwärmen ({count} Satz: W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} sets: W)</source>
        <translation>Kein Aufwärmen ({count} Sätze: W)</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>lighter than the empty bar</source>
        <translation>leichter als die leere Stange</translation>
    </message>
    <message>
        <source>heavier than all your plates</source>
        <translation>schwerer als alle deine Scheiben</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>{load} held on the hips</source>
        <translation>{load} auf der Hüfte gehalten</translation>
    </message>
    <message>
        <source>the empty bar</source>
        <translation>die leere Stange</translation>
    </message>
    <message>
        <source>{plates} each side</source>
        <translation>{plates} pro Seite</translation>
    </message>
    <message>
        <source>{plates} (collars {collar} each)</source>
        <translation>{plates} (Verschlüsse je {collar})</translation>
    </message>
    <message>
        <source>{load}: {plates}</source>
        <translation>{load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded up to {load}: {plates}</source>
        <translation>{target} ist {beyond}; aufgerundet auf {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded down to {load}: {plates}</source>
        <translation>{target} ist {beyond}; abgerundet auf {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded up to {load}: {plates}</source>
        <translation>{target} lässt sich mit deinen Scheiben nicht zusammenstellen; aufgerundet auf {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded down to {load}: {plates}</source>
        <translation>{target} lässt sich mit deinen Scheiben nicht zusammenstellen; abgerundet auf {load}: {plates}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>take off {off}, then add {on} each side</source>
        <translation>{off} abnehmen, dann {on} pro Seite dazu</translation>
    </message>
    <message>
        <source>take off {off} each side</source>
        <translation>{off} pro Seite abnehmen</translation>
    </message>
    <message>
        <source>add {on} each side</source>
        <translation>{on} pro Seite dazu</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} × {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} und {last}</translation>
    </message>
</context>
<context>
    <name>LoadingCommand</name>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} ist keine Einheit; erlaubt: kg oder lb</translation>
    </message>
</context>
<context>
    <name>LoadingForm</name>
    <message>
        <source>at most {most} plate weights</source>
        <translation>höchstens {most} Scheibengewichte</translation>
    </message>
    <message>
        <source>each weight once ({allowed})</source>
        <translation>jedes Gewicht einmal ({allowed})</translation>
    </message>
    <message>
        <source>the same as plate {number}</source>
        <translation>dasselbe wie Scheibe {number}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>höchstens {most} Stufen</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>⚠ {field}: {problem}. Allowed: {allowed}.</source>
        <translation>⚠ {field}: {problem}. Erlaubt: {allowed}.</translation>
    </message>
</context>
<context>
    <name>LogEditing</name>
    <message>
        <source>no set with id {id} in the training log</source>
        <translation>kein Satz mit ID {id} im Trainingstagebuch</translation>
    </message>
    <message>
        <source>the set with id {id} belongs to no session</source>
        <translation>der Satz mit ID {id} gehört zu keiner Einheit</translation>
    </message>
</context>
<context>
    <name>LogEntry</name>
    <message>
        <source>Keep  (Enter)</source>
        <translation>Behalten  (Eingabe)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Eingabe)</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Satz {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>{set}: partial</source>
        <translation>{set}: unvollständig</translation>
    </message>
    <message>
        <source>{set} partial</source>
        <translation>{set} unvollständig</translation>
    </message>
    <message>
        <source>{set} logged</source>
        <translation>{set} eingetragen</translation>
    </message>
    <message>
        <source>Set logged</source>
        <translation>Satz eingetragen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Überspringen  (Esc)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> von {planned}</translation>
    </message>
    <message>
        <source>Set {number} kept its first values: {error}</source>
        <translation>Satz {number} hat seine ersten Werte behalten: {error}</translation>
    </message>
</context>
<context>
    <name>LogOpening</name>
    <message>
        <source>the file is damaged (SQLite&apos;s report of it is not readable text)</source>
        <translation>die Datei ist beschädigt (der Bericht von SQLite dazu ist kein lesbarer Text)</translation>
    </message>
    <message>
        <source>another program is writing to it ({detail})</source>
        <translation>ein anderes Programm schreibt gerade hinein ({detail})</translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation>die Festplatte ist voll ({detail})</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({detail})</source>
        <translation>die Festplatte konnte nicht gelesen oder beschrieben werden ({detail})</translation>
    </message>
    <message>
        <source>it cannot be written in its folder ({detail})</source>
        <translation>sie kann in ihrem Ordner nicht geschrieben werden ({detail})</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>die Datei ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: {problem}</source>
        <translation>das Trainingstagebuch {path} ist gerade nicht nutzbar: {problem}</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}). It was moved to {aside} in the same folder and a new log was started; nothing was deleted.</source>
        <translation>Das Trainingstagebuch {path} konnte nicht gelesen werden ({reason}). Es wurde im selben Ordner nach {aside} verschoben und ein neues Tagebuch wurde angelegt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>cannot start a new training log at {path}: {problem}</source>
        <translation>an {path} kann kein neues Trainingstagebuch angelegt werden: {problem}</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: SQLite cannot keep a write-ahead log in its folder (journal mode {mode})</source>
        <translation>das Trainingstagebuch {path} ist gerade nicht nutzbar: SQLite kann in seinem Ordner kein Write-Ahead-Log führen (Journalmodus {mode})</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>integrity check: {report}</source>
        <translation>Integritätsprüfung: {report}</translation>
    </message>
    <message>
        <source>its header is damaged (bytes 18 and 19 are {first}, {second})</source>
        <translation>sein Header ist beschädigt (Bytes 18 und 19 sind {first}, {second})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be read and cannot be moved aside: {reason}</source>
        <translation>das Trainingstagebuch {path} kann weder gelesen noch beiseitegelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LogReading</name>
    <message>
        <source>the session with id {id}</source>
        <translation>die Einheit mit ID {id}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>the set with id {id}: it belongs to no session; it is not shown</source>
        <translation>der Satz mit ID {id}: er gehört zu keiner Einheit; er wird nicht angezeigt</translation>
    </message>
    <message>
        <source>the {count} set(s) of the session with id {id} are not shown</source>
        <translation>die {count} Satz/Sätze der Einheit mit ID {id} werden nicht angezeigt</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>no readable set with id {id} in the training log ({reason})</source>
        <translation>kein lesbarer Satz mit ID {id} im Trainingstagebuch ({reason})</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; und {count} weitere</translation>
    </message>
    <message>
        <source>The training log {path} has {count} damaged value(s); the file was left as it is: {problems}.</source>
        <translation>Das Trainingstagebuch {path} hat {count} beschädigte(n) Wert(e); die Datei wurde so gelassen, wie sie ist: {problems}.</translation>
    </message>
    <message>
        <source>set {number} of {session}</source>
        <translation>Satz {number} von {session}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>set number</source>
        <translation>Satznummer</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>planned reps</source>
        <translation>geplante Wiederholungen</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>time under tension</source>
        <translation>Zeit unter Spannung</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit (kg/lb)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>{where}: {problem}; it is not shown</source>
        <translation>{where}: {problem}; wird nicht angezeigt</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>das Trainingstagebuch</translation>
    </message>
    <message>
        <source>the session of {start}</source>
        <translation>die Einheit vom {start}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>{problem}; it is shown empty</source>
        <translation>{problem}; wird leer angezeigt</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>das Feld {field} fehlt</translation>
    </message>
    <message>
        <source>the {field} is missing; it is shown as {value}</source>
        <translation>das Feld {field} fehlt; es wird als {value} angezeigt</translation>
    </message>
    <message>
        <source>the {field} has bytes that are not text; they are shown as �</source>
        <translation>das Feld {field} enthält Bytes, die kein Text sind; sie werden als � angezeigt</translation>
    </message>
    <message>
        <source>the {field} {value} is not a whole number, {low} or more</source>
        <translation>{field} {value} ist keine ganze Zahl ab {low}</translation>
    </message>
    <message>
        <source>the {field} {value} is not a number, {low} or more</source>
        <translation>{field} {value} ist keine Zahl ab {low}</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>the {field} {value} is not 6 to 10 in half steps</source>
        <translation>{field} {value} liegt nicht zwischen 6 und 10 in halben Schritten</translation>
    </message>
    <message>
        <source>the {field} {value} is not a date and time with its offset</source>
        <translation>{field} {value} ist kein Datum mit Uhrzeit und Zeitzonenversatz</translation>
    </message>
    <message>
        <source>the {field} {value} is not one of {allowed}; it is shown as {default}</source>
        <translation>{field} {value} ist nicht eins von {allowed}; es wird als {default} angezeigt</translation>
    </message>
</context>
<context>
    <name>LogRecords</name>
    <message>
        <source>load: {value} is not allowed; allowed: 0 or more, or not logged</source>
        <translation>Gewicht: {value} ist nicht erlaubt; erlaubt: 0 oder mehr, oder nicht eingetragen</translation>
    </message>
    <message>
        <source>reps: {value} is not allowed; allowed: a whole number, 0 or more</source>
        <translation>Wdh.: {value} ist nicht erlaubt; erlaubt: eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>RPE: {value} is not allowed; allowed: 6 to 10 in half steps, or none</source>
        <translation>RPE: {value} ist nicht erlaubt; erlaubt: 6 bis 10 in halben Schritten, oder keine</translation>
    </message>
    <message>
        <source>unit: {value} is not allowed; allowed: kg or lb</source>
        <translation>Einheit: {value} ist nicht erlaubt; erlaubt: kg oder lb</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>its schema version {version} is not one ThrustTimer writes</source>
        <translation>seine Schemaversion {version} ist keine, die ThrustTimer schreibt</translation>
    </message>
    <message>
        <source>the training log is at schema version {version}, this ThrustTimer knows up to {latest}: update ThrustTimer to open it</source>
        <translation>das Trainingstagebuch hat Schemaversion {version}, dieses ThrustTimer kennt bis {latest}: aktualisiere ThrustTimer, um es zu öffnen</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>die Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>die Spalte {table}.{column} fehlt</translation>
    </message>
    <message>
        <source>the column {table}.{column} is not defined as it was written</source>
        <translation>die Spalte {table}.{column} ist nicht so definiert, wie sie geschrieben wurde</translation>
    </message>
</context>
<context>
    <name>LogWaiting</name>
    <message>
        <source>{count} set(s) kept while the training log could not be written are in it now.</source>
        <translation>{count} Satz/Sätze, die aufbewahrt wurden, während das Trainingstagebuch nicht beschreibbar war, sind jetzt darin.</translation>
    </message>
    <message>
        <source>{count} set(s) recorded while the training log could not be written are not in it yet ({problem}); they are kept in {journal} and will be added later.</source>
        <translation>{count} Satz/Sätze, aufgezeichnet, während das Trainingstagebuch nicht beschreibbar war, sind noch nicht darin ({problem}); sie werden in {journal} aufbewahrt und später übernommen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skip rest</source>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>End the rest now ({keys})</source>
        <translation>Die Pause jetzt beenden ({keys})</translation>
    </message>
    <message>
        <source>Screen kept awake</source>
        <translation>Bildschirm bleibt an</translation>
    </message>
    <message>
        <source>Keys: Space · → · ← · Esc · F11</source>
        <translation>Tasten: Leertaste · → · ← · Esc · F11</translation>
    </message>
    <message>
        <source>set up the next workout once this one is over (Esc stops it)</source>
        <translation>das nächste Training einrichten, wenn dieses vorbei ist (Esc beendet es)</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <source>Stop the workout? Press Esc again (or click Stop) to confirm</source>
        <translation>Training beenden? Drück noch einmal Esc (oder klick auf Stopp) zum Bestätigen</translation>
    </message>
    <message>
        <source>waiting for a second Esc to confirm</source>
        <translation>wartet auf ein zweites Esc zur Bestätigung</translation>
    </message>
    <message>
        <source>the demo plays when no workout is running</source>
        <translation>die Demo läuft, wenn kein Training läuft</translation>
    </message>
    <message>
        <source>the set-up was cancelled</source>
        <translation>das Einrichten wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Mixer</name>
    <message>
        <source>overlaps a {kind} cue</source>
        <translation>überschneidet sich mit einer Ansage ({kind})</translation>
    </message>
</context>
<context>
    <name>NextCommand</name>
    <message>
        <source>Suggest today&apos;s load and reps for a workout from its sessions in the training log: double progression within the workout&apos;s rep range.</source>
        <translation>Schlägt Gewicht und Wiederholungen für heute vor, anhand der Einheiten dieses Trainings im Trainingstagebuch: doppelte Progression innerhalb des Wiederholungsbereichs des Trainings.</translation>
    </message>
    <message>
        <source>exit codes: 0 done; 1 the training log could not be read; 2 bad options</source>
        <translation>Exit-Codes: 0 fertig; 1 das Trainingstagebuch konnte nicht gelesen werden; 2 ungültige Optionen</translation>
    </message>
    <message>
        <source>a built-in preset ({presets}) or one of yours, by name (default: the workout used last)</source>
        <translation>eine eingebaute Vorlage ({presets}) oder eine eigene, nach Name (Standard: das zuletzt verwendete Training)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>gibt ein JSON-Objekt aus</translation>
    </message>
    <message>
        <source>{number} · {exercise} ({rule})</source>
        <translation>{number} · {exercise} ({rule})</translation>
    </message>
    <message>
        <source>Load: {loading}</source>
        <translation>Gewicht: {loading}</translation>
    </message>
    <message>
        <source>Plates: {loading}</source>
        <translation>Scheiben: {loading}</translation>
    </message>
    <message>
        <source>Warm-up: {sets} ({scheme})</source>
        <translation>Aufwärmen: {sets} ({scheme})</translation>
    </message>
    <message>
        <source>one of {presets}; or one of yours: {yours}</source>
        <translation>eins von {presets}; oder eine eigene: {yours}</translation>
    </message>
    <message>
        <source>one of {presets}</source>
        <translation>eins von {presets}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>unbekannte Vorlage</translation>
    </message>
</context>
<context>
    <name>NextCueLabel</name>
    <message>
        <source>Next: “{words}” in {seconds} s</source>
        <translation>Gleich: „{words}“ in {seconds} s</translation>
    </message>
    <message>
        <source>Next: a tone in {seconds} s</source>
        <translation>Gleich: ein Ton in {seconds} s</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Nächste Ansage</translation>
    </message>
</context>
<context>
    <name>PhaseDisplay</name>
    <message>
        <source>Current phase</source>
        <translation>Aktuelle Phase</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the compiled timeline of a workout.</source>
        <translation>Gibt den kompilierten Ablauf eines Trainings aus.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>gibt ein JSON-Objekt aus</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>  one rep: {tempo}</source>
        <translation>  eine Wdh.: {tempo}</translation>
    </message>
    <message>
        <source>  total {total}, {tension} under tension, {segments} segments, {cues} cues ({mode} mode)</source>
        <translation>  gesamt {total}, {tension} unter Spannung, {segments} Abschnitte, {cues} Ansagen (Modus {mode})</translation>
    </message>
    <message>
        <source>Cues, in words fitted to {source} (another voice or rate may pick others)</source>
        <translation>Ansagen, mit Worten passend zu {source} (eine andere Stimme oder Geschwindigkeit wählt vielleicht andere)</translation>
    </message>
    <message>
        <source>a beep</source>
        <translation>ein Piepton</translation>
    </message>
    <message>
        <source>Each rest waits for Ready before its count-in; {seconds} s into a wait the coach says once: {words}. `run --headless` has no Ready key: its rests end on time and say the timed wording.</source>
        <translation>Jede Pause wartet auf Bereit, bevor eingezählt wird; {seconds} s nach Beginn des Wartens sagt der Coach einmal: {words}. `run --headless` hat keine Bereit-Taste: dort enden die Pausen pünktlich und sagen den Text für die zeitgesteuerte Pause.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>(tone tone)</source>
        <translation>(Ton)</translation>
    </message>
    <message>
        <source>({tone} tone)</source>
        <translation>(Ton {tone})</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>one of {allowed}</source>
        <translation>eins von {allowed}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a tempo such as 3-1-X-1</source>
        <translation>ein Tempo wie 3-1-X-1</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 bis {most} Zeichen</translation>
    </message>
    <message>
        <source>not valid Unicode text</source>
        <translation>kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <source>a rep range and increment</source>
        <translation>ein Wiederholungsbereich und eine Steigerung</translation>
    </message>
    <message>
        <source>the plates of today&apos;s sets</source>
        <translation>die Scheiben für die heutigen Sätze</translation>
    </message>
    <message>
        <source>blocks of a workout</source>
        <translation>Blöcke eines Trainings</translation>
    </message>
    <message>
        <source>a plan field</source>
        <translation>ein Planfeld</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a plan of format {format} lists its blocks</source>
        <translation>ein Plan im Format {format} listet seine Blöcke auf</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>ein Objekt mit {fields}</translation>
    </message>
    <message>
        <source>{blocks}; {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{blocks}; {rest} s zwischen den Übungen, Vorlauf {lead_in} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, tempo {tempo}, rest {rest} s, lead-in {lead_in} s</source>
        <translation>{sets} × {reps}, Tempo {tempo}, Pause {rest} s, Vorlauf {lead_in} s</translation>
    </message>
    <message>
        <source>{single}, or {blocks} with a list of blocks</source>
        <translation>{single}, oder {blocks} mit einer Liste von Blöcken</translation>
    </message>
    <message>
        <source>a list of blocks</source>
        <translation>eine Liste von Blöcken</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Start from a preset or a plan file; each option given overrides it.</source>
        <translation>Starte mit einer Vorlage oder einer Plandatei; jede angegebene Option überschreibt sie.</translation>
    </message>
    <message>
        <source>one of: {presets}</source>
        <translation>eins von: {presets}</translation>
    </message>
    <message>
        <source>a plan saved as JSON</source>
        <translation>ein als JSON gespeicherter Plan</translation>
    </message>
    <message>
        <source>E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)</source>
        <translation>E-P-K-P: exzentrisch, Pause unten, konzentrisch, Pause oben (3-1-X-1, 31X1, 2.5-0-1-1)</translation>
    </message>
    <message>
        <source>{preset} and {plan_file}: give one or the other</source>
        <translation>{preset} und {plan_file}: gib nur eins von beiden an</translation>
    </message>
    <message>
        <source>{flag}: cannot read {path}: {reason}</source>
        <translation>{flag}: {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{flag} {path}: {problem}</source>
        <translation>{flag} {path}: {problem}</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>How many sets</source>
        <translation>Wie viele Sätze</translation>
    </message>
    <message>
        <source>Reps in each set (each side of a one-sided exercise)</source>
        <translation>Wiederholungen pro Satz (pro Seite bei einer einseitigen Übung)</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen, Sekunden</translation>
    </message>
    <message>
        <source>Time to change sides between the two sides of a set</source>
        <translation>Zeit für den Seitenwechsel zwischen den beiden Seiten eines Satzes</translation>
    </message>
    <message>
        <source>Time to get under the bar before the first set</source>
        <translation>Zeit, um vor dem ersten Satz unter die Stange zu kommen</translation>
    </message>
    <message>
        <source>Rest between one exercise and the next</source>
        <translation>Pause zwischen einer Übung und der nächsten</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Zuerst linke Seite</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Zuerst rechte Seite</translation>
    </message>
    <message>
        <source>The fewest reps a work set should reach at a load</source>
        <translation>Die wenigsten Wiederholungen, die ein Arbeitssatz bei einem Gewicht schaffen sollte</translation>
    </message>
    <message>
        <source>Once every work set reaches this, the load goes up</source>
        <translation>Sobald jeder Arbeitssatz das schafft, wird das Gewicht erhöht</translation>
    </message>
    <message>
        <source>How much the load goes up at a time</source>
        <translation>Um wie viel das Gewicht jeweils erhöht wird</translation>
    </message>
    <message>
        <source>{low} to {high} reps</source>
        <translation>{low} bis {high} Wdh.</translation>
    </message>
    <message>
        <source>+ {increment} {unit}</source>
        <translation>+ {increment} {unit}</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The exercise of the block selected above</source>
        <translation>Die Übung des oben gewählten Blocks</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Cue mode</source>
        <translation>Ansagemodus</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>Advance when ready: end each rest on my command</source>
        <translation>Weiter, wenn ich bereit bin: jede Pause auf mein Kommando beenden</translation>
    </message>
    <message>
        <source>The rest waits for you (Space or a clicker) instead of ending on the clock</source>
        <translation>Die Pause wartet auf dich (Leertaste oder Clicker), statt nach der Uhr zu enden</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Einheit der Steigerung</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Wdh.-Bereich</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
    <message>
        <source>Reps each side</source>
        <translation>Wdh. pro Seite</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Plates</name>
    <message>
        <source>a list of at most {most} plate weights</source>
        <translation>eine Liste mit höchstens {most} Scheibengewichten</translation>
    </message>
    <message>
        <source>plate weights with their pairs</source>
        <translation>Scheibengewichte mit ihrer Anzahl Paare</translation>
    </message>
    <message>
        <source>each weight once in the list ({allowed})</source>
        <translation>jedes Gewicht einmal in der Liste ({allowed})</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>unit, bar, collar or plates</source>
        <translation>Einheit, Stange, Verschluss oder Scheiben</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>collars {collar} each</source>
        <translation>Verschlüsse je {collar}</translation>
    </message>
    <message>
        <source>no collars</source>
        <translation>keine Verschlüsse</translation>
    </message>
    <message>
        <source>Bar {bar}, {collars}; plates in pairs: {plates}</source>
        <translation>Stange {bar}, {collars}; Scheiben in Paaren: {plates}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>an object with unit, bar, collar, plates</source>
        <translation>ein Objekt mit unit, bar, collar, plates</translation>
    </message>
    <message>
        <source>a list of plate weights with their pairs</source>
        <translation>eine Liste von Scheibengewichten mit ihrer Anzahl Paare</translation>
    </message>
    <message>
        <source>at most {most} plate weights</source>
        <translation>höchstens {most} Scheibengewichte</translation>
    </message>
    <message>
        <source>a plate weight with its pairs</source>
        <translation>ein Scheibengewicht mit seiner Anzahl Paare</translation>
    </message>
    <message>
        <source>{allowed}, in steps of {step}</source>
        <translation>{allowed}, in Schritten von {step}</translation>
    </message>
</context>
<context>
    <name>PlatesCommand</name>
    <message>
        <source>exit codes: 0 the load can be made; 1 it cannot (the nearest load is shown, and which way it was rounded); 2 bad options</source>
        <translation>Exit-Codes: 0 das Gewicht lässt sich zusammenstellen; 1 es geht nicht (das nächstmögliche Gewicht wird angezeigt, und in welche Richtung gerundet wurde); 2 ungültige Optionen</translation>
    </message>
    <message>
        <source>Print the plates to put on each side of the bar for a load, with the plates saved in the settings (a commercial gym&apos;s, until you change them).</source>
        <translation>Gibt die Scheiben aus, die für ein Gewicht auf jede Seite der Stange kommen, mit den in den Einstellungen gespeicherten Scheiben (die eines normalen Fitnessstudios, bis du sie änderst).</translation>
    </message>
    <message>
        <source>the load on the bar, such as 142.5</source>
        <translation>das Gewicht auf der Stange, etwa 142.5</translation>
    </message>
    <message>
        <source>kg or lb (default: the unit of your plates)</source>
        <translation>kg oder lb (Standard: die Einheit deiner Scheiben)</translation>
    </message>
    <message>
        <source>{load} is {converted} (your plates are in {unit}).</source>
        <translation>{load} sind {converted} (deine Scheiben sind in {unit}).</translation>
    </message>
    <message>
        <source>Your plates: {plates}.</source>
        <translation>Deine Scheiben: {plates}.</translation>
    </message>
</context>
<context>
    <name>PlatesLine</name>
    <message>
        <source>Plates</source>
        <translation>Scheiben</translation>
    </message>
</context>
<context>
    <name>PlatesPanel</name>
    <message>
        <source>Plate {number}</source>
        <translation>Scheibe {number}</translation>
    </message>
    <message>
        <source>One plate&apos;s weight</source>
        <translation>Gewicht einer Scheibe</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Scheibe {number}, Paare</translation>
    </message>
    <message>
        <source>pairs</source>
        <comment>after the number of pairs</comment>
        <translation>Paare</translation>
    </message>
    <message>
        <source>How many pairs of this plate: one goes on each side</source>
        <translation>Wie viele Paare dieser Scheibe: eine kommt auf jede Seite</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Leave this plate out</source>
        <translation>Diese Scheibe weglassen</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Scheiben</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Default {unit} gym</source>
        <translation>Standard-Studio ({unit})</translation>
    </message>
    <message>
        <source>A commercial gym&apos;s bar and plates in {unit}</source>
        <translation>Stange und Scheiben eines normalen Fitnessstudios in {unit}</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Stange</translation>
    </message>
    <message>
        <source>The empty bar (0 for a landmine or a handle)</source>
        <translation>Die leere Stange (0 für Landmine oder Griff)</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Verschluss</translation>
    </message>
    <message>
        <source>One collar (0 for spring clips); both go on</source>
        <translation>Ein Verschluss (0 für Federverschlüsse); beide kommen drauf</translation>
    </message>
    <message>
        <source>Collars, each</source>
        <translation>Verschlüsse, je</translation>
    </message>
    <message>
        <source>Add a plate</source>
        <translation>Scheibe hinzufügen</translation>
    </message>
    <message>
        <source>Another plate weight (1.25 kg change plates…)</source>
        <translation>Ein weiteres Scheibengewicht (1,25-kg-Wechselscheiben…)</translation>
    </message>
    <message>
        <source>Plates: problem</source>
        <translation>Scheiben: Problem</translation>
    </message>
    <message>
        <source>Plates you have, heaviest first</source>
        <translation>Deine Scheiben, schwerste zuerst</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <source>Workouts</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Workout presets</source>
        <translation>Trainingsvorlagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save the workout shown as a new preset of yours</source>
        <translation>Das angezeigte Training als neue eigene Vorlage speichern</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected preset to edit it</source>
        <translation>Die gewählte Vorlage kopieren, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected preset of yours</source>
        <translation>Die gewählte eigene Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected preset of yours</source>
        <translation>Die gewählte eigene Vorlage löschen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Store the values shown in the selected preset of yours</source>
        <translation>Die angezeigten Werte in der gewählten eigenen Vorlage speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a preset from a JSON plan file</source>
        <translation>Eine Vorlage aus einer JSON-Plandatei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the workout shown as a JSON file</source>
        <translation>Das angezeigte Training als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Yours (none yet)</source>
        <translation>Eigene (noch keine)</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed: duplicate it first</source>
        <translation>Eingebaute Vorlagen lassen sich nicht umbenennen: dupliziere sie zuerst</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted</source>
        <translation>Eingebaute Vorlagen lassen sich nicht löschen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Could not create the preset: {reason}. Nothing was changed.</source>
        <translation>Die Vorlage konnte nicht erstellt werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not duplicate the preset: {reason}. Nothing was changed.</source>
        <translation>Die Vorlage konnte nicht dupliziert werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Could not rename the preset: {reason}. Nothing was changed.</source>
        <translation>Die Vorlage konnte nicht umbenannt werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not save the preset: {reason}. Nothing was changed.</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete your preset “{name}”? This cannot be undone.</source>
        <translation>Deine Vorlage „{name}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete the preset: {reason}. Nothing was changed.</source>
        <translation>Die Vorlage konnte nicht gelöscht werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Import a workout</source>
        <translation>Ein Training importieren</translation>
    </message>
    <message>
        <source>Workout plans (*.json);;All files (*)</source>
        <translation>Trainingspläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>„{name}“ aus {file} importiert.</translation>
    </message>
    <message>
        <source>Export the workout</source>
        <translation>Das Training exportieren</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Export nach {path} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>„{name}“ nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}. Nothing was changed.</source>
        <translation>{file} konnte nicht importiert werden: {reason}. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Glute day A</source>
        <translation>Po-Tag A</translation>
    </message>
    <message>
        <source>A whole glute session: hip thrusts 4 × 8–12, B-stance 3 × 10 each side, frog pumps.</source>
        <translation>Eine ganze Po-Einheit: Hip Thrusts 4 × 8–12, B-Stance 3 × 10 pro Seite, Frog Pumps.</translation>
    </message>
    <message>
        <source>Glute day B</source>
        <translation>Po-Tag B</translation>
    </message>
    <message>
        <source>A whole glute session: glute bridges 4 × 10–15, single-leg 3 × 10 each side, frog pumps.</source>
        <translation>Eine ganze Po-Einheit: Glute Bridges 4 × 10–15, einbeinig 3 × 10 pro Seite, Frog Pumps.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>Heavy strength</source>
        <translation>Maximalkraft</translation>
    </message>
    <message>
        <source>Heavy triples to fives: explosive lift, a one-second lockout, long rests.</source>
        <translation>Schwere Dreier bis Fünfer: explosiv hoch, oben eine Sekunde halten, lange Pausen.</translation>
    </message>
    <message>
        <source>Hypertrophy squeeze</source>
        <translation>Hypertrophie mit Halten</translation>
    </message>
    <message>
        <source>Moderate load for 10: a two-second squeeze at the top of every rep.</source>
        <translation>Mittleres Gewicht für 10 Wiederholungen: oben bei jeder Wiederholung zwei Sekunden anspannen.</translation>
    </message>
    <message>
        <source>Slow eccentric</source>
        <translation>Langsame Exzentrik</translation>
    </message>
    <message>
        <source>Four seconds down and a dead stop at the bottom: time under tension.</source>
        <translation>Vier Sekunden runter und unten ein voller Stopp: Zeit unter Spannung.</translation>
    </message>
    <message>
        <source>Light warm-up</source>
        <translation>Leichtes Aufwärmen</translation>
    </message>
    <message>
        <source>An empty or light bar before the work sets: groove the lockout.</source>
        <translation>Leere oder leichte Stange vor den Arbeitssätzen: die Endposition einschleifen.</translation>
    </message>
    <message>
        <source>Paused reps</source>
        <translation>Pausierte Wiederholungen</translation>
    </message>
    <message>
        <source>A three-second hold at the top and a brace at the bottom: own the lockout.</source>
        <translation>Oben drei Sekunden halten, unten Spannung aufbauen: die Endposition beherrschen.</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>eins von {allowed}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>unbekannte Vorlage</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the built-in presets.</source>
        <translation>Listet die eingebauten Vorlagen auf.</translation>
    </message>
    <message>
        <source>print the presets as plans in JSON</source>
        <translation>gibt die Vorlagen als Pläne in JSON aus</translation>
    </message>
    <message>
        <source>{exercise} each side</source>
        <translation>{exercise} pro Seite</translation>
    </message>
    <message>
        <source>
* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top squeeze.
A whole session&apos;s rest is the rest between its blocks (exercises); each block has its own below it.</source>
        <translation>
* Standard. Tempo ist E-P-K-P: runter, Pause unten, hoch (X = explosiv), oben halten.
Die Pause einer ganzen Einheit ist die Pause zwischen ihren Blöcken (Übungen); jeder Block hat darunter seine eigene.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>about</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} Block</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} Blöcke</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>No session of this workout in the log yet: choose a load you can lift for {reps} reps.</source>
        <translation>Noch keine Einheit dieses Trainings im Tagebuch: wähle ein Gewicht, das du {reps}-mal schaffst.</translation>
    </message>
    <message>
        <source>First time: choose a load you can lift for {reps} reps.</source>
        <translation>Erstes Mal: Gewicht für {reps} Wdh. wählen.</translation>
    </message>
    <message>
        <source>Two sessions in a row below {reps} reps: take {percent} % off.</source>
        <translation>Zwei Einheiten hintereinander unter {reps} Wiederholungen: nimm {percent} % runter.</translation>
    </message>
    <message>
        <source>Every set reached {reps} at RPE {rpe} or less</source>
        <translation>Jeder Satz hat {reps} erreicht, bei RPE {rpe} oder weniger</translation>
    </message>
    <message>
        <source>Every set reached {reps}</source>
        <translation>Jeder Satz hat {reps} erreicht</translation>
    </message>
    <message>
        <source>{reached}, but {load} is the most your plates make.</source>
        <translation>{reached}, aber {load} ist das Höchste, was deine Scheiben hergeben.</translation>
    </message>
    <message>
        <source>{reached}: add {increment} (your plates make +{added}).</source>
        <translation>{reached}: leg {increment} drauf (mit deinen Scheiben +{added}).</translation>
    </message>
    <message>
        <source>{reached}: add {increment}.</source>
        <translation>{reached}: leg {increment} drauf.</translation>
    </message>
    <message>
        <source>Every set reached {reps}, but RPE {rpe} is above {most}: keep the load.</source>
        <translation>Jeder Satz hat {reps} erreicht, aber RPE {rpe} liegt über {most}: Gewicht beibehalten.</translation>
    </message>
    <message>
        <source>Not every set reached {reps}: keep the load and aim for {aim}.</source>
        <translation>Nicht jeder Satz hat {reps} erreicht: Gewicht beibehalten und {aim} anpeilen.</translation>
    </message>
    <message>
        <source>{load} (the nearest your plates make)</source>
        <translation>{load} (das Nächste, was deine Scheiben hergeben)</translation>
    </message>
    <message>
        <source>Last time: {summary}.</source>
        <translation>Letztes Mal: {summary}.</translation>
    </message>
    <message>
        <source>Today: {load} × {reps}.</source>
        <translation>Heute: {load} × {reps}.</translation>
    </message>
    <message>
        <source>{sets} at {load}</source>
        <translation>{sets} mit {load}</translation>
    </message>
    <message>
        <source>{sets} at {load}, RPE {rpe}</source>
        <translation>{sets} mit {load}, RPE {rpe}</translation>
    </message>
    <message>
        <source>6 to 10 in half steps</source>
        <translation>6 bis 10 in halben Schritten</translation>
    </message>
    <message>
        <source>rep range</source>
        <translation>Wiederholungsbereich</translation>
    </message>
    <message>
        <source>a bottom no higher than the top, such as 8–12</source>
        <translation>ein Minimum nicht über dem Maximum, etwa 8–12</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>ein Objekt mit {fields}</translation>
    </message>
    <message>
        <source>progression fields: {fields}</source>
        <translation>Progressionsfelder: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>{reps} rep, +{increment} {unit}</source>
        <translation>{reps} Wdh., +{increment} {unit}</translation>
    </message>
    <message>
        <source>{reps} reps, +{increment} {unit}</source>
        <translation>{reps} Wdh., +{increment} {unit}</translation>
    </message>
</context>
<context>
    <name>PulseFeed</name>
    <message>
        <source>cues</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>key sounds</source>
        <translation>Tastentöne</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>der Soundserver wurde beendet: das Training läuft ohne Ton weiter</translation>
    </message>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>keine Audioausgabe: das Training läuft ohne Ton weiter</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: jetzt Wiedergabe über {output}</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>Ton ist wieder da über {output}</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>die Audioausgabe hat gewechselt</translation>
    </message>
</context>
<context>
    <name>ReadingFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a device or pipe, not a regular file</source>
        <translation>es ist ein Gerät oder eine Pipe, keine normale Datei</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} is not)</source>
        <translation>es ist kein UTF-8-Text (Byte {byte} nicht)</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} Bytes</translation>
    </message>
    <message>
        <source>it is larger than {size}, the most allowed</source>
        <translation>es ist größer als {size}, das zulässige Maximum</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Training log: set {number} was not saved ({problem})</source>
        <translation>Trainingstagebuch: Satz {number} wurde nicht gespeichert ({problem})</translation>
    </message>
    <message>
        <source>Training log: {notice}</source>
        <translation>Trainingstagebuch: {notice}</translation>
    </message>
    <message>
        <source>Training log: {sets} could not be saved yet ({problem}) nor kept beside the log ({journal_problem}); ThrustTimer keeps trying.</source>
        <translation>Trainingstagebuch: {sets} konnte(n) noch nicht gespeichert ({problem}) und auch nicht neben dem Tagebuch aufbewahrt werden ({journal_problem}); ThrustTimer versucht es weiter.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} is kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Trainingstagebuch: die Tagebuchdatei ist beschädigt ({problem}); {sets} wird in {journal} aufbewahrt und kommt in ein neues Tagebuch, wenn ThrustTimer es das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} are kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Trainingstagebuch: die Tagebuchdatei ist beschädigt ({problem}); {sets} werden in {journal} aufbewahrt und kommen in ein neues Tagebuch, wenn ThrustTimer es das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>Training log: {sets} of this session are not in the log yet ({problem}); they are kept in {journal} and will be added the next time ThrustTimer opens the log.</source>
        <translation>Trainingstagebuch: {sets} dieser Einheit sind noch nicht im Tagebuch ({problem}); sie werden in {journal} aufbewahrt und beim nächsten Öffnen des Tagebuchs durch ThrustTimer übernommen.</translation>
    </message>
    <message>
        <source>Training log: {sets} were not saved ({problem}), and could not be kept beside the log either ({journal_problem}).</source>
        <translation>Trainingstagebuch: {sets} wurden nicht gespeichert ({problem}) und konnten auch nicht neben dem Tagebuch aufbewahrt werden ({journal_problem}).</translation>
    </message>
    <message>
        <source>Training log: {sets} are not saved yet ({problem}); ThrustTimer keeps them and tries again with the next session, and as it closes.</source>
        <translation>Trainingstagebuch: {sets} sind noch nicht gespeichert ({problem}); ThrustTimer behält sie und versucht es mit der nächsten Einheit und beim Beenden erneut.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>sets {numbers} and {last}</source>
        <translation>Sätze {numbers} und {last}</translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message>
        <source>Voice ready: {ready} of {total} phrases</source>
        <translation>Stimme bereit: {ready} von {total} Ansagen</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total} “{phrase}”</source>
        <translation>Stimme wird vorbereitet: {done}/{total} „{phrase}“</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total}</source>
        <translation>Stimme wird vorbereitet: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>der Sprachprozess ist abgestürzt (Exit-Code {code})</translation>
    </message>
    <message>
        <source>the speech worker hung starting</source>
        <translation>der Sprachprozess hing beim Starten</translation>
    </message>
    <message>
        <source>the speech worker hung on “{phrase}”</source>
        <translation>der Sprachprozess hing bei „{phrase}“</translation>
    </message>
    <message>
        <source>the speech worker could not start ({error})</source>
        <translation>der Sprachprozess konnte nicht starten ({error})</translation>
    </message>
    <message>
        <source>Speech engine: {notice}</source>
        <translation>Sprach-Engine: {notice}</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The app&apos;s icons are missing from this installation (no compiled resources); reinstall ThrustTimer to get them back.</source>
        <translation>Die Symbole der App fehlen in dieser Installation (keine kompilierten Ressourcen); installiere ThrustTimer neu, um sie zurückzubekommen.</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be compiled: {error}</source>
        <translation>Die Symbole der App konnten nicht kompiliert werden: {error}</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be loaded from {path}.</source>
        <translation>Die Symbole der App konnten nicht aus {path} geladen werden.</translation>
    </message>
</context>
<context>
    <name>RestScreen</name>
    <message>
        <source>Next set: {plates}</source>
        <translation>Nächster Satz: {plates}</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Nächster Satz</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Scheiben</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf dich</translation>
    </message>
    <message>
        <source>Take your time: the next set starts when you press Space, Enter or your clicker</source>
        <translation>Lass dir Zeit: der nächste Satz beginnt, wenn du Leertaste, Eingabe oder deinen Clicker drückst</translation>
    </message>
    <message>
        <source>Form point</source>
        <translation>Technik-Tipp</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run a workout with its voice and tones. --headless: no window, a one-line progress display in the terminal. Without a window there is no Ready key: each rest ends by itself, on time.</source>
        <translation>Führt ein Training mit Stimme und Tönen aus. --headless: kein Fenster, eine einzeilige Fortschrittsanzeige im Terminal. Ohne Fenster gibt es keine Bereit-Taste: jede Pause endet von selbst, pünktlich.</translation>
    </message>
    <message>
        <source>no window (needed for now)</source>
        <translation>kein Fenster (vorerst nötig)</translation>
    </message>
    <message>
        <source>write what happens as JSON lines</source>
        <translation>schreibt das Geschehen als JSON-Zeilen</translation>
    </message>
    <message>
        <source>record each completed set in the training log with this load (0 to 1000 kg); a workout of several exercises takes one a exercise, in order (100,60,0)</source>
        <translation>trägt jeden abgeschlossenen Satz mit diesem Gewicht ins Trainingstagebuch ein (0 bis 1000 kg); ein Training mit mehreren Übungen nimmt eins pro Übung, in Reihenfolge (100,60,0)</translation>
    </message>
    <message>
        <source>extra output latency to make up for, such as a Bluetooth headset&apos;s (-500 to 500 ms; default: the saved setting)</source>
        <translation>zusätzliche Ausgabelatenz, die ausgeglichen werden soll, etwa die eines Bluetooth-Headsets (-500 bis 500 ms; Standard: die gespeicherte Einstellung)</translation>
    </message>
    <message>
        <source>only --headless is available yet; `thrusttimer [plan options]` opens the window</source>
        <translation>bisher gibt es nur --headless; `thrusttimer [Plan-Optionen]` öffnet das Fenster</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercise; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} Gewichte sind für ein Training mit {blocks} Übung nicht erlaubt; erlaubt: ein Gewicht pro Übung, in Reihenfolge, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercises; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} Gewichte sind für ein Training mit {blocks} Übungen nicht erlaubt; erlaubt: ein Gewicht pro Übung, in Reihenfolge, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped</source>
        <translation>Training fertig: {played} Ansagen gespielt, {dropped} ausgelassen</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Training fertig: {played} Ansagen gespielt, {dropped} ausgelassen (kein Ton)</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped</source>
        <translation>Gestoppt: {played} Ansagen gespielt, {dropped} ausgelassen</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Gestoppt: {played} Ansagen gespielt, {dropped} ausgelassen (kein Ton)</translation>
    </message>
    <message>
        <source>Latency offset: cues play {offset} ms early</source>
        <translation>Latenzausgleich: Ansagen kommen {offset} ms früher</translation>
    </message>
    <message>
        <source>Stopped before the workout started</source>
        <translation>Gestoppt, bevor das Training begonnen hat</translation>
    </message>
    <message>
        <source>Logged set {number}: {load} kg × {reps}</source>
        <translation>Satz {number} eingetragen: {load} kg × {reps}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the plan has nothing to run</source>
        <translation>der Plan enthält nichts zum Ausführen</translation>
    </message>
    <message>
        <source>a rest cannot be longer than {most} minutes</source>
        <translation>eine Pause darf nicht länger als {most} Minuten sein</translation>
    </message>
    <message>
        <source>the next set is already counting in</source>
        <translation>der nächste Satz wird schon eingezählt</translation>
    </message>
    <message>
        <source>the session has already started</source>
        <translation>die Einheit hat schon begonnen</translation>
    </message>
    <message>
        <source>the session is not running</source>
        <translation>die Einheit läuft nicht</translation>
    </message>
    <message>
        <source>the session is over</source>
        <translation>die Einheit ist vorbei</translation>
    </message>
    <message>
        <source>cannot pause: the session has not started</source>
        <translation>Pause nicht möglich: die Einheit hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>cannot pause: the session is already paused</source>
        <translation>Pause nicht möglich: die Einheit ist schon pausiert</translation>
    </message>
    <message>
        <source>cannot pause: the session is over</source>
        <translation>Pause nicht möglich: die Einheit ist vorbei</translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation>die Einheit ist nicht pausiert</translation>
    </message>
    <message>
        <source>there is no rest to skip: the session is not resting</source>
        <translation>es gibt keine Pause zum Überspringen: gerade ist keine Pause</translation>
    </message>
    <message>
        <source>only a rest can be made longer or shorter: the session is not resting</source>
        <translation>nur eine Pause lässt sich verlängern oder verkürzen: gerade ist keine Pause</translation>
    </message>
    <message>
        <source>there is no rest to end: the session is not resting</source>
        <translation>es gibt keine Pause zum Beenden: gerade ist keine Pause</translation>
    </message>
    <message>
        <source>there is no set in progress to restart</source>
        <translation>es läuft kein Satz, der neu beginnen könnte</translation>
    </message>
    <message>
        <source>there is no rep in progress to restart</source>
        <translation>es läuft keine Wiederholung, die neu beginnen könnte</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Edit set…  (Enter)</source>
        <translation>Satz bearbeiten…  (Eingabe)</translation>
    </message>
    <message>
        <source>Delete set  (Del)</source>
        <translation>Satz löschen  (Entf)</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Rückgängig  (Strg+Z)</translation>
    </message>
    <message>
        <source> · {minutes} min</source>
        <translation> · {minutes} min</translation>
    </message>
    <message>
        <source>Nothing changed: {error}</source>
        <translation>Nichts geändert: {error}</translation>
    </message>
    <message>
        <source>That set cannot be edited: {error}</source>
        <translation>Dieser Satz kann nicht bearbeitet werden: {error}</translation>
    </message>
</context>
<context>
    <name>SetEditor</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise}</source>
        <translation>Satz {number} bearbeiten: {exercise}</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise} · {side}</source>
        <translation>Satz {number} bearbeiten: {exercise} · {side}</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> von {planned}</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SetSpecs</name>
    <message>
        <source>Warm-up {number} of {sets}, left side</source>
        <translation>Aufwärmsatz {number} von {sets}, linke Seite</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}, right side</source>
        <translation>Aufwärmsatz {number} von {sets}, rechte Seite</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}</source>
        <translation>Aufwärmsatz {number} von {sets}</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, left side</source>
        <translation>Satz {number} von {sets}, linke Seite</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, right side</source>
        <translation>Satz {number} von {sets}, rechte Seite</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>{set}: {loading}</source>
        <translation>{set}: {loading}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file {path} {problem} and could not be moved aside ({reason}); ThrustTimer is using the default settings and will not be able to save them.</source>
        <translation>Deine Einstellungsdatei {path} {problem} und konnte nicht beiseitegelegt werden ({reason}); ThrustTimer verwendet die Standardeinstellungen und kann sie nicht speichern.</translation>
    </message>
    <message>
        <source>Your settings file {path} {problem}. It was kept as {aside} and ThrustTimer started with the default settings.</source>
        <translation>Deine Einstellungsdatei {path} {problem}. Sie wurde als {aside} aufbewahrt und ThrustTimer hat mit den Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>ein JSON-Plan</translation>
    </message>
    <message>
        <source>The last workout could not be restored ({problem}); starting from “{name}” instead.</source>
        <translation>Das letzte Training konnte nicht wiederhergestellt werden ({problem}); stattdessen geht es mit „{name}“ los.</translation>
    </message>
    <message>
        <source>Some voice settings were reset to their defaults: {problems}.</source>
        <translation>Einige Stimmeinstellungen wurden auf den Standard zurückgesetzt: {problems}.</translation>
    </message>
    <message>
        <source>The settings file was copied to {file}.</source>
        <translation>Die Einstellungsdatei wurde nach {file} kopiert.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>eine JSON-Liste</translation>
    </message>
    <message>
        <source>Some plate settings were reset to their defaults: {problems}.</source>
        <translation>Einige Scheibeneinstellungen wurden auf den Standard zurückgesetzt: {problems}.</translation>
    </message>
    <message>
        <source>a JSON warm-up scheme</source>
        <translation>ein JSON-Aufwärmschema</translation>
    </message>
    <message>
        <source>The warm-up could not be restored ({problem}); using the default warm-up ({scheme}) instead.</source>
        <translation>Das Aufwärmen konnte nicht wiederhergestellt werden ({problem}); stattdessen gilt das Standard-Aufwärmen ({scheme}).</translation>
    </message>
    <message>
        <source>Settings could not be saved: the file {problem}.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: die Datei {problem}.</translation>
    </message>
    <message>
        <source>could not be read or written</source>
        <translation>konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>is damaged (it is larger than {megabytes} MB)</source>
        <translation>ist beschädigt (sie ist größer als {megabytes} MB)</translation>
    </message>
    <message>
        <source>is damaged (byte {byte} is not UTF-8 text)</source>
        <translation>ist beschädigt (Byte {byte} ist kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>is damaged (it is empty or was cut short: its last line is unfinished)</source>
        <translation>ist beschädigt (sie ist leer oder wurde abgeschnitten: ihre letzte Zeile ist unvollständig)</translation>
    </message>
    <message>
        <source>is damaged (line {line} holds a control character)</source>
        <translation>ist beschädigt (Zeile {line} enthält ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>is damaged (line {line} is neither a [section] nor a key=value line)</source>
        <translation>ist beschädigt (Zeile {line} ist weder eine [Sektion] noch eine Zeile Schlüssel=Wert)</translation>
    </message>
    <message>
        <source>is damaged (it has no format line; it may have been cut short)</source>
        <translation>ist beschädigt (sie hat keine Formatzeile; vielleicht wurde sie abgeschnitten)</translation>
    </message>
    <message>
        <source>was written by another version of ThrustTimer (format {found}; this one reads format {format})</source>
        <translation>wurde von einer anderen Version von ThrustTimer geschrieben (Format {found}; diese liest Format {format})</translation>
    </message>
    <message>
        <source>is damaged (not a valid settings file)</source>
        <translation>ist beschädigt (keine gültige Einstellungsdatei)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the workout</source>
        <translation>Training einrichten</translation>
    </message>
    <message>
        <source>Fix {problem}</source>
        <comment>room for the reason</comment>
        <translation>{problem} beheben</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start this workout</source>
        <translation>Dieses Training starten</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields}</source>
        <translation>Start nicht möglich: prüfe {fields}</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>one more</comment>
        <translation>Start nicht möglich: prüfe {fields} und {count} weiteres</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>several</comment>
        <translation>Start nicht möglich: prüfe {fields} und {count} weitere</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Latency offset</source>
        <translation>Latenzausgleich</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rep range (bottom)</source>
        <translation>Wdh.-Bereich (unten)</translation>
    </message>
    <message>
        <source>Rep range (top)</source>
        <translation>Wdh.-Bereich (oben)</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Wdh.-Bereich</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Einheit der Steigerung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Stange</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Verschluss</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Scheibe</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Scheiben</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Full coaching (phases, breathing, counts, tips)</source>
        <translation>Volles Coaching (Phasen, Atmung, Zählen, Tipps)</translation>
    </message>
    <message>
        <source>Breathing words only</source>
        <translation>Nur Atemkommandos</translation>
    </message>
    <message>
        <source>Rep counts only</source>
        <translation>Nur Wiederholungen zählen</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Nur Töne, keine Worte</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>not ready: fix the fields marked ⚠</source>
        <translation>nicht bereit: korrigiere die mit ⚠ markierten Felder</translation>
    </message>
    <message>
        <source>the bottom is above the top</source>
        <translation>das Minimum liegt über dem Maximum</translation>
    </message>
    <message>
        <source>Plate {number}</source>
        <translation>Scheibe {number}</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Scheibe {number}, Paare</translation>
    </message>
    <message>
        <source>Warm-up step {number}</source>
        <translation>Aufwärmstufe {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} percent</source>
        <translation>Aufwärmstufe {number}, Prozent</translation>
    </message>
    <message>
        <source>Warm-up step {number} reps</source>
        <translation>Aufwärmstufe {number}, Wdh.</translation>
    </message>
    <message>
        <source>{field} of block {number} ({exercise})</source>
        <translation>{field} von Block {number} ({exercise})</translation>
    </message>
    <message>
        <source>Allowed: {allowed}.</source>
        <translation>Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>{problem}. Allowed: {allowed}.</source>
        <translation>{problem}. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>Fix {field} to start: {problem}</source>
        <translation>Korrigiere {field}, um zu starten: {problem}</translation>
    </message>
    <message>
        <source>{exercises} exercises, {sets} sets, {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{exercises} Übungen, {sets} Sätze, {rest} s zwischen den Übungen, Vorlauf {lead_in} s</translation>
    </message>
</context>
<context>
    <name>SetupRows</name>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: Problem</translation>
    </message>
</context>
<context>
    <name>SideView</name>
    <message>
        <source>Side view of the hip thrust</source>
        <translation>Seitenansicht des Hip Thrusts</translation>
    </message>
    <message>
        <source>Side view of the {exercise}</source>
        <translation>Seitenansicht: {exercise}</translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>keine Audioausgabe: das Training läuft ohne Ton weiter</translation>
    </message>
    <message>
        <source>cannot open {output}: the workout goes on silently</source>
        <translation>{output} lässt sich nicht öffnen: das Training läuft ohne Ton weiter</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>Ton ist wieder da über {output}</translation>
    </message>
    <message>
        <source>audio error {error}</source>
        <translation>Audiofehler {error}</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>hängt</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>der Soundserver wurde beendet: das Training läuft ohne Ton weiter</translation>
    </message>
    <message>
        <source>sound stopped ({reason})</source>
        <translation>Ton ausgefallen ({reason})</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>die Audioausgabe hat gewechselt</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: jetzt Wiedergabe über {output}</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>prove an installed or frozen build can draw, speak and play.</source>
        <translation>prüft, ob ein installierter oder gepackter Build zeichnen, sprechen und abspielen kann.</translation>
    </message>
    <message>
        <source>also save the rendered frame here</source>
        <translation>das gerenderte Bild zusätzlich hier speichern</translation>
    </message>
    <message>
        <source>skip speech and playback</source>
        <translation>Sprache und Wiedergabe überspringen</translation>
    </message>
    <message>
        <source>speak with the speech engine, falling back to the bundled voice pack (default), or with the voice pack only</source>
        <translation>mit der Sprach-Engine sprechen, ersatzweise mit dem mitgelieferten Sprachpaket (Standard), oder nur mit dem Sprachpaket</translation>
    </message>
    <message>
        <source>frozen, bundle {path}</source>
        <translation>gepackt, Bundle {path}</translation>
    </message>
    <message>
        <source>python package</source>
        <translation>Python-Paket</translation>
    </message>
    <message>
        <source>build: {where}; Python {python}; PySide6 {pyside}</source>
        <translation>Build: {where}; Python {python}; PySide6 {pyside}</translation>
    </message>
    <message>
        <source>voice pack: FAILED, missing or unreadable in {folder}</source>
        <translation>Sprachpaket: FEHLGESCHLAGEN, fehlt oder unlesbar in {folder}</translation>
    </message>
    <message>
        <source>voice pack: {count} phrases, voice {voice}, in {folder}</source>
        <translation>Sprachpaket: {count} Ansagen, Stimme {voice}, in {folder}</translation>
    </message>
    <message>
        <source>modules: FAILED to import {failed} of {count}: {errors}</source>
        <translation>Module: Import von {failed} von {count} FEHLGESCHLAGEN: {errors}</translation>
    </message>
    <message>
        <source>modules: imported all {count}</source>
        <translation>Module: alle {count} importiert</translation>
    </message>
    <message>
        <source>worker process: FAILED, no answer in {seconds} s (exit {code})</source>
        <translation>Arbeitsprozess: FEHLGESCHLAGEN, keine Antwort in {seconds} s (Exit {code})</translation>
    </message>
    <message>
        <source>worker process: spawned and answered (exit {code})</source>
        <translation>Arbeitsprozess: gestartet und geantwortet (Exit {code})</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon found{notice}</source>
        <translation>Qt-Ressourcen: {source}, App-Symbol gefunden{notice}</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon MISSING{notice}</source>
        <translation>Qt-Ressourcen: {source}, App-Symbol FEHLT{notice}</translation>
    </message>
    <message>
        <source>frame: FAILED, nothing rendered (platform {platform})</source>
        <translation>Bild: FEHLGESCHLAGEN, nichts gerendert (Plattform {platform})</translation>
    </message>
    <message>
        <source>frame: {width}x{height} on {platform}, {colours} colours in a 64x48 sample</source>
        <translation>Bild: {width}x{height} auf {platform}, {colours} Farben in einer 64x48-Stichprobe</translation>
    </message>
    <message>
        <source>frame: saved {path}</source>
        <translation>Bild: {path} gespeichert</translation>
    </message>
    <message>
        <source>frame: FAILED to save {path}</source>
        <translation>Bild: Speichern von {path} FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>audio: no output device; skipped (the app runs on, visual only)</source>
        <translation>Audio: kein Ausgabegerät; übersprungen (die App läuft weiter, nur visuell)</translation>
    </message>
    <message>
        <source>the voice was not ready</source>
        <translation>die Stimme war nicht bereit</translation>
    </message>
    <message>
        <source>it was not placed</source>
        <translation>es wurde nicht eingeplant</translation>
    </message>
    <message>
        <source>audio: FAILED playing {cue} ({source}): {why}</source>
        <translation>Audio: Wiedergabe von {cue} ({source}) FEHLGESCHLAGEN: {why}</translation>
    </message>
    <message>
        <source>audio: played {cue} ({source}), {seconds} s, on {device}</source>
        <translation>Audio: {cue} ({source}) abgespielt, {seconds} s, auf {device}</translation>
    </message>
    <message>
        <source>speech: pyttsx3 driver {driver}</source>
        <translation>Sprache: pyttsx3-Treiber {driver}</translation>
    </message>
    <message>
        <source>speech by pyttsx3</source>
        <translation>Sprache über pyttsx3</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>speech: unavailable ({why})</source>
        <translation>Sprache: nicht verfügbar ({why})</translation>
    </message>
    <message>
        <source>bundled voice pack</source>
        <translation>mitgeliefertes Sprachpaket</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>Ton</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>the audio output did not settle; cues may be dropped</source>
        <translation>die Audioausgabe ist nicht zur Ruhe gekommen; Ansagen können ausfallen</translation>
    </message>
    <message>
        <source>Getting the sound output ready</source>
        <translation>Tonausgabe wird vorbereitet</translation>
    </message>
    <message>
        <source>Preparing the voice</source>
        <translation>Stimme wird vorbereitet</translation>
    </message>
    <message>
        <source>{progress}: the workout starts as soon as it is ready</source>
        <translation>{progress}: das Training beginnt, sobald alles bereit ist</translation>
    </message>
    <message>
        <source>Waking the sound: the workout goes on in a moment</source>
        <translation>Ton wird geweckt: das Training geht gleich weiter</translation>
    </message>
    <message>
        <source>Sound: {notice}</source>
        <translation>Ton: {notice}</translation>
    </message>
    <message>
        <source>Speech is not available ({error}): every cue is a tone</source>
        <translation>Sprache ist nicht verfügbar ({error}): jede Ansage ist ein Ton</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Workout complete: {blocks} exercises, {tut} seconds under tension</source>
        <translation>Training fertig: {blocks} Übungen, {tut} Sekunden unter Spannung</translation>
    </message>
    <message>
        <source>{set}: {weight}.</source>
        <translation>{set}: {weight}.</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Nächster Satz</translation>
    </message>
    <message>
        <source>{set} done. {next}</source>
        <translation>{set} geschafft. {next}</translation>
    </message>
    <message>
        <source>Next set: {weight}.</source>
        <translation>Nächster Satz: {weight}.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>the word before a work set&apos;s number: Set {next}</comment>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <comment>the word before a warm-up set&apos;s number</comment>
        <translation>Aufwärmsatz</translation>
    </message>
    <message>
        <source>{sets}, left side</source>
        <translation>{sets}, linke Seite</translation>
    </message>
    <message>
        <source>{next} left</source>
        <translation>{next} links</translation>
    </message>
    <message>
        <source>{sets}, right side</source>
        <translation>{sets}, rechte Seite</translation>
    </message>
    <message>
        <source>{next} right</source>
        <translation>{next} rechts</translation>
    </message>
    <message>
        <source>{lead}: bodyweight.</source>
        <translation>{lead}: Körpergewicht.</translation>
    </message>
    <message>
        <source>{lead}: {weight}, held on the hips.</source>
        <translation>{lead}: {weight}, auf der Hüfte gehalten.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Just the bar.</source>
        <translation>{lead}: {weight}. Nur die Stange.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. {plates} each side.</source>
        <translation>{lead}: {weight}. {plates} pro Seite.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Same plates.</source>
        <translation>{lead}: {weight}. Gleiche Scheiben.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off}, then add {on} each side.</source>
        <translation>{lead}: {weight}. Pro Seite {off} runter, dann {on} drauf.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off} each side.</source>
        <translation>{lead}: {weight}. Pro Seite {off} runter.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Add {on} each side.</source>
        <translation>{lead}: {weight}. Pro Seite {on} drauf.</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} mal {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} und {last}</translation>
    </message>
    <message>
        <source>Warm-up {number} left</source>
        <translation>Aufwärmsatz {number} links</translation>
    </message>
    <message>
        <source>Warm-up {number} right</source>
        <translation>Aufwärmsatz {number} rechts</translation>
    </message>
    <message>
        <source>Warm-up {number}</source>
        <translation>Aufwärmsatz {number}</translation>
    </message>
    <message>
        <source>Set {number} left</source>
        <translation>Satz {number} links</translation>
    </message>
    <message>
        <source>Set {number} right</source>
        <translation>Satz {number} rechts</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
</context>
<context>
    <name>SpeechLengths</name>
    <message>
        <source>the bundled espeak-ng voice at 175 words a minute</source>
        <translation>die mitgelieferte espeak-ng-Stimme mit 175 Wörtern pro Minute</translation>
    </message>
</context>
<context>
    <name>SpeechProtocol</name>
    <message>
        <source>the renderer</source>
        <translation>der Renderer</translation>
    </message>
    <message>
        <source>the speech worker</source>
        <translation>der Sprachprozess</translation>
    </message>
    <message>
        <source>the renderer sent an unexpected request ({message})</source>
        <translation>der Renderer hat eine unerwartete Anfrage gesendet ({message})</translation>
    </message>
    <message>
        <source>the speech worker sent an unexpected message ({message})</source>
        <translation>der Sprachprozess hat eine unerwartete Nachricht gesendet ({message})</translation>
    </message>
    <message>
        <source>{sender} sent a message that could not be read ({error})</source>
        <translation>{sender} hat eine Nachricht gesendet, die nicht gelesen werden konnte ({error})</translation>
    </message>
</context>
<context>
    <name>SpeechWorker</name>
    <message>
        <source>audio that was cut off</source>
        <translation>abgeschnittenes Audio</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>a damaged WAV</source>
        <translation>eine beschädigte WAV-Datei</translation>
    </message>
    <message>
        <source>an empty WAV</source>
        <translation>eine leere WAV-Datei</translation>
    </message>
    <message>
        <source>only silence</source>
        <translation>nur Stille</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>die Sprach-Engine ist nicht gestartet</translation>
    </message>
    <message>
        <source>the phrase came out silent</source>
        <translation>die Ansage kam stumm heraus</translation>
    </message>
    <message>
        <source>voice {voice} is not available ({error}); default voice</source>
        <translation>Stimme {voice} ist nicht verfügbar ({error}); Standardstimme</translation>
    </message>
    <message>
        <source>the engine wrote {problem} ({tries} tries)</source>
        <translation>die Engine hat {problem} geschrieben ({tries} Versuche)</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Empty bar</source>
        <translation>Leere Stange</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% des Arbeitsgewichts</translation>
    </message>
    <message>
        <source>Warm-up step kind</source>
        <translation>Art der Aufwärmstufe</translation>
    </message>
    <message>
        <source>Warm-up step percent</source>
        <translation>Aufwärmstufe, Prozent</translation>
    </message>
    <message>
        <source>Warm-up step reps</source>
        <translation>Aufwärmstufe, Wdh.</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>after the number of reps</comment>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Leave this step out</source>
        <translation>Diese Stufe weglassen</translation>
    </message>
</context>
<context>
    <name>TapPad</name>
    <message>
        <source>Tap pad</source>
        <translation>Tippfeld</translation>
    </message>
    <message>
        <source>Tap here, or press Space or any key, on every tick you hear</source>
        <translation>Tippe hier, oder drück die Leertaste oder irgendeine Taste, bei jedem Tick, den du hörst</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Drück auf Start</translation>
    </message>
</context>
<context>
    <name>TapPage</name>
    <message>
        <source>Press Start, then tap Space (or any key, or click the pad) on every tick you hear: {ticks} ticks, {interval} s apart. Listen, don&apos;t watch. The first {lead_in} ticks are for finding the beat.</source>
        <translation>Drück auf Start und tippe dann bei jedem Tick, den du hörst, auf die Leertaste (oder irgendeine Taste, oder klick auf das Feld): {ticks} Ticks im Abstand von {interval} s. Hinhören, nicht hinschauen. Die ersten {lead_in} Ticks sind zum Finden des Takts.</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Kalibrierungsfortschritt</translation>
    </message>
    <message>
        <source>Calibration result</source>
        <translation>Kalibrierungsergebnis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Play the ticks and start counting your taps</source>
        <translation>Die Ticks abspielen und deine Taps zählen</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Put the measured offset into the latency field</source>
        <translation>Den gemessenen Ausgleich ins Latenzfeld übernehmen</translation>
    </message>
</context>
<context>
    <name>Tempo</name>
    <message>
        <source>E-P-C-P such as 3-1-X-1, 31X1 or 3-1-X; each phase 0 to {most} s, X (explosive) only for the concentric, which must be above 0</source>
        <translation>E-P-K-P wie 3-1-X-1, 31X1 oder 3-1-X; jede Phase 0 bis {most} s, X (explosiv) nur für die konzentrische Phase, die über 0 liegen muss</translation>
    </message>
    <message>
        <source>eccentric</source>
        <translation>exzentrische Phase</translation>
    </message>
    <message>
        <source>bottom pause</source>
        <translation>Pause unten</translation>
    </message>
    <message>
        <source>concentric</source>
        <translation>konzentrische Phase</translation>
    </message>
    <message>
        <source>top pause</source>
        <translation>Pause oben</translation>
    </message>
    <message>
        <source>the concentric cannot be 0</source>
        <translation>die konzentrische Phase kann nicht 0 sein</translation>
    </message>
    <message>
        <source>the {phase} is not a number</source>
        <translation>die {phase} ist keine Zahl</translation>
    </message>
    <message>
        <source>the {phase} must be 0 to {most} s</source>
        <translation>die {phase} muss 0 bis {most} s dauern</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>write one digit or X per phase, or separate the phases with -</source>
        <translation>schreib eine Ziffer oder X pro Phase, oder trenn die Phasen mit -</translation>
    </message>
    <message>
        <source>it has {count} phases, not 3 or 4</source>
        <translation>es hat {count} Phasen, nicht 3 oder 4</translation>
    </message>
    <message>
        <source>X is only for the concentric, not the {phase}</source>
        <translation>X gibt es nur für die konzentrische Phase, nicht für die {phase}</translation>
    </message>
    <message>
        <source>the {phase} {value} is not a number of seconds</source>
        <translation>bei der {phase} ist {value} keine Anzahl Sekunden</translation>
    </message>
</context>
<context>
    <name>TempoEditor</name>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Tempo: down</source>
        <translation>Tempo: runter</translation>
    </message>
    <message>
        <source>Lowering the hips (eccentric), seconds</source>
        <translation>Hüfte absenken (exzentrisch), Sekunden</translation>
    </message>
    <message>
        <source>Pause at bottom</source>
        <translation>Pause unten</translation>
    </message>
    <message>
        <source>Tempo: pause at bottom</source>
        <translation>Tempo: Pause unten</translation>
    </message>
    <message>
        <source>Pause with the hips down, seconds</source>
        <translation>Pause mit der Hüfte unten, Sekunden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Tempo: up</source>
        <translation>Tempo: hoch</translation>
    </message>
    <message>
        <source>Driving the hips up (concentric), seconds</source>
        <translation>Hüfte hochdrücken (konzentrisch), Sekunden</translation>
    </message>
    <message>
        <source>Squeeze at top</source>
        <translation>Halten oben</translation>
    </message>
    <message>
        <source>Tempo: squeeze at top</source>
        <translation>Tempo: halten oben</translation>
    </message>
    <message>
        <source>Hold and squeeze at the top, seconds</source>
        <translation>Oben halten und anspannen, Sekunden</translation>
    </message>
    <message>
        <source>E-P-C-P, e.g. 3-1-X-1</source>
        <translation>E-P-K-P, z. B. 3-1-X-1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Down – pause at bottom – up – squeeze at top, in seconds. X for an explosive lift. Examples: 3-1-X-1, 31X1, 2.5-0-1-2.</source>
        <translation>Runter – Pause unten – hoch – halten oben, in Sekunden. X für explosives Hochdrücken. Beispiele: 3-1-X-1, 31X1, 2.5-0-1-2.</translation>
    </message>
    <message>
        <source>Tempo in words</source>
        <translation>Tempo in Worten</translation>
    </message>
    <message>
        <source>Explosive (X)</source>
        <translation>Explosiv (X)</translation>
    </message>
    <message>
        <source>Lift as fast as you can; the plan times the lift</source>
        <translation>So schnell hoch, wie du kannst; der Plan misst die Zeit dafür</translation>
    </message>
</context>
<context>
    <name>TempoWords</name>
    <message>
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>squeeze</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>down</source>
        <translation>runter</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>explosive</source>
        <translation>explosiv</translation>
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
        <translation>Trainingstagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>No suggestion today: the training log can&apos;t be read now.</source>
        <translation>Heute kein Vorschlag: das Trainingstagebuch kann gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>+ {count} more exercises: each one&apos;s load is asked before the start</source>
        <translation>+ {count} weitere Übungen: das Gewicht jeder einzelnen wird vor dem Start abgefragt</translation>
    </message>
    <message>
        <source>Warm-up: {sets}</source>
        <translation>Aufwärmen: {sets}</translation>
    </message>
    <message>
        <source>no sets of it logged yet</source>
        <translation>noch keine Sätze davon eingetragen</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>ToneProgress</name>
    <message>
        <source>Voice: tones only</source>
        <translation>Stimme: nur Töne</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>the log could not be read ({reason})</source>
        <translation>das Tagebuch konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}); it will be set aside when it is next opened.</source>
        <translation>Das Trainingstagebuch {path} konnte nicht gelesen werden ({reason}); es wird beim nächsten Öffnen beiseitegelegt.</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}).</source>
        <translation>Das Trainingstagebuch {path} konnte nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The texts in {language} could not be loaded: they are shown in English.</source>
        <translation>Die Texte auf {language} konnten nicht geladen werden: sie werden auf Englisch angezeigt.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg or lb</source>
        <translation>kg oder lb</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% des Arbeitsgewichts</translation>
    </message>
</context>
<context>
    <name>UnknownRows</name>
    <message>
        <source>{lines} and {count} more</source>
        <translation>{lines} und {count} weitere</translation>
    </message>
    <message>
        <source>line {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>Zeile {lines}: {name} ist keine Übung, die ThrustTimer kennt; übersprungen</translation>
    </message>
    <message>
        <source>lines {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>Zeilen {lines}: {name} ist keine Übung, die ThrustTimer kennt; übersprungen</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>presets file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>your presets file could not be read nor moved aside</source>
        <translation>deine Vorlagendatei konnte weder gelesen noch beiseitegelegt werden</translation>
    </message>
    <message>
        <source>Your presets file {path} could not be read ({reason}) nor moved aside ({move_reason}); your presets are not shown.</source>
        <translation>Deine Vorlagendatei {path} konnte weder gelesen ({reason}) noch beiseitegelegt werden ({move_reason}); deine Vorlagen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Your presets file could not be read ({reason}). It was kept as {aside} and nothing in it was deleted; the preset list starts empty.</source>
        <translation>Deine Vorlagendatei konnte nicht gelesen werden ({reason}). Sie wurde als {aside} aufbewahrt und nichts darin wurde gelöscht; die Vorlagenliste beginnt leer.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>{preset}: {problem}</source>
        <translation>{preset}: {problem}</translation>
    </message>
    <message>
        <source>your presets file has presets that could not be read nor copied aside</source>
        <translation>deine Vorlagendatei enthält Vorlagen, die weder gelesen noch beiseitekopiert werden konnten</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The file could not be copied aside ({reason}), so it is left as it is and changes are not saved.</source>
        <translation>{count} deiner Vorlagen konnten nicht gelesen werden und werden nicht angezeigt ({problems}). Die Datei konnte nicht beiseitekopiert werden ({reason}), deshalb bleibt sie, wie sie ist, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The whole file was copied to {aside}.</source>
        <translation>{count} deiner Vorlagen konnten nicht gelesen werden und werden nicht angezeigt ({problems}). Die ganze Datei wurde nach {aside} kopiert.</translation>
    </message>
    <message>
        <source>My workout</source>
        <translation>Mein Training</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>one of your presets: {names}</source>
        <translation>eine deiner Vorlagen: {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>1 bis {most} Zeichen</translation>
    </message>
    <message>
        <source>a name none of your other presets has</source>
        <translation>ein Name, den keine deiner anderen Vorlagen hat</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>schon vergeben</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>eine Liste von Plänen</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; und {count} weitere</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed ({problem}); allowed: {allowed}</source>
        <translation>{field}: {value} ist nicht erlaubt ({problem}); erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed; allowed: {allowed}</source>
        <translation>{field}: {value} ist nicht erlaubt; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} {unit}</source>
        <translation>eine ganze Zahl von {low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high} {unit}</source>
        <translation>eine Zahl von {low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>line {line} column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>a JSON {what}</source>
        <translation>JSON ({what})</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a JSON {what} nested a few levels at most</source>
        <translation>JSON ({what}), höchstens ein paar Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a number {length} characters long</source>
        <translation>eine Zahl mit {length} Zeichen</translation>
    </message>
    <message>
        <source>numbers of at most {most} characters</source>
        <translation>Zahlen mit höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>{where} fields: {fields}</source>
        <translation>Felder von {where}: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a number too long to show</source>
        <translation>eine Zahl, zu lang zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>VoiceBank</name>
    <message>
        <source>The speech engine is not available, so the built-in voice is speaking</source>
        <translation>Die Sprach-Engine ist nicht verfügbar, deshalb spricht die eingebaute Stimme</translation>
    </message>
    <message>
        <source>No speech engine and no voice pack: cues are tones only</source>
        <translation>Keine Sprach-Engine und kein Sprachpaket: Ansagen sind nur Töne</translation>
    </message>
    <message>
        <source>The voice could not be prepared: cues are tones only</source>
        <translation>Die Stimme konnte nicht vorbereitet werden: Ansagen sind nur Töne</translation>
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
        <translation>In den Stimmen-Cache {folder} kann nicht geschrieben werden ({reason}): Sprachclips werden für diesen Lauf in einem temporären Ordner aufbewahrt</translation>
    </message>
</context>
<context>
    <name>VoiceCatalog</name>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
</context>
<context>
    <name>VoicePack</name>
    <message>
        <source>a voice pack clip could not be decoded: {error}</source>
        <translation>ein Clip des Sprachpakets konnte nicht dekodiert werden: {error}</translation>
    </message>
    <message>
        <source>a voice pack clip is at {rate} Hz, expected {expected}</source>
        <translation>ein Clip des Sprachpakets hat {rate} Hz, erwartet {expected}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source> wpm</source>
        <translation> W/min</translation>
    </message>
    <message>
        <source>How fast the coach speaks, words per minute</source>
        <translation>Wie schnell der Coach spricht, in Wörtern pro Minute</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Start cues this much earlier (negative) or later, to match a slow audio device</source>
        <translation>Ansagen um so viel früher (negativ) oder später starten, passend zu einem langsamen Audiogerät</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Stimmen werden geladen…</translation>
    </message>
    <message>
        <source>No audio device: the sample can&apos;t be played here. A workout still runs, silently.</source>
        <translation>Kein Audiogerät: die Hörprobe kann hier nicht abgespielt werden. Ein Training läuft trotzdem, ohne Ton.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voice the coach speaks with</source>
        <translation>Die Stimme der Sprach-Engine, mit der der Coach spricht</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Say “{phrase}” with the voice, rate and volume shown, before saving them</source>
        <translation>„{phrase}“ mit der angezeigten Stimme, Geschwindigkeit und Lautstärke sagen, bevor sie gespeichert werden</translation>
    </message>
    <message>
        <source>Voice list</source>
        <translation>Stimmenliste</translation>
    </message>
    <message>
        <source>Playing “{phrase}”…</source>
        <translation>„{phrase}“ wird abgespielt…</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Kalibrieren…</translation>
    </message>
    <message>
        <source>Find the offset for your headphones: tap along to ticks, or match a tick to a flash</source>
        <translation>Finde den Ausgleich für deine Kopfhörer: tippe zu Ticks mit, oder bring einen Tick mit einem Blitz zusammen</translation>
    </message>
    <message>
        <source>{voice} (not installed)</source>
        <translation>{voice} (nicht installiert)</translation>
    </message>
    <message>
        <source>Voices could not be listed: {error}</source>
        <translation>Die Stimmen konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <source>{notice}. The default voice speaks.</source>
        <translation>{notice}. Die Standardstimme spricht.</translation>
    </message>
    <message>
        <source>Fix the voice fields first.</source>
        <translation>Korrigiere zuerst die Stimmfelder.</translation>
    </message>
    <message>
        <source>Fix {field} ({problem}) first.</source>
        <translation>Korrigiere zuerst {field} ({problem}).</translation>
    </message>
    <message>
        <source>Making the sample…</source>
        <translation>Hörprobe wird erstellt…</translation>
    </message>
    <message>
        <source>The sample could not be made: {reason}.</source>
        <translation>Die Hörprobe konnte nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>no voice could say it</source>
        <translation>keine Stimme konnte es sagen</translation>
    </message>
    <message>
        <source>Could not play the sample: {reason}. Try again in a moment.</source>
        <translation>Die Hörprobe konnte nicht abgespielt werden: {reason}. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Playing “{phrase}”… {notice}.</source>
        <translation>„{phrase}“ wird abgespielt… {notice}.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
</context>
<context>
    <name>VoicePrefs</name>
    <message>
        <source>a voice name of at most {count} characters</source>
        <translation>ein Stimmenname mit höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>a voice setting</source>
        <translation>eine Stimmeinstellung</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
</context>
<context>
    <name>VoiceQuery</name>
    <message>
        <source>the speech engine did not answer</source>
        <translation>die Sprach-Engine hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>der Sprachprozess ist abgestürzt (Exit-Code {code})</translation>
    </message>
    <message>
        <source>the speech engine could not start ({reason})</source>
        <translation>die Sprach-Engine konnte nicht starten ({reason})</translation>
    </message>
    <message>
        <source>the speech worker failed ({reason})</source>
        <translation>der Sprachprozess ist fehlgeschlagen ({reason})</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>a voice id of up to 200 characters</source>
        <translation>eine Stimmen-ID mit bis zu 200 Zeichen</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>eins von {choices}</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>eins von {allowed}</translation>
    </message>
    <message>
        <source>voice settings</source>
        <translation>Stimmeinstellungen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Voices could not be listed: {reason}</source>
        <translation>Die Stimmen konnten nicht aufgelistet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Warmup</name>
    <message>
        <source>warm-up step</source>
        <translation>Aufwärmstufe</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>ein Objekt mit {fields}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>empty bar × {reps}</source>
        <translation>leere Stange × {reps}</translation>
    </message>
    <message>
        <source>{percent} % × {reps}</source>
        <translation>{percent} % × {reps}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>höchstens {most} Stufen</translation>
    </message>
    <message>
        <source>empty bar</source>
        <translation>leere Stange</translation>
    </message>
    <message>
        <source>the empty bar only as the first step</source>
        <translation>die leere Stange nur als erste Stufe</translation>
    </message>
    <message>
        <source>more than the step before ({percent} %)</source>
        <translation>mehr als die Stufe davor ({percent} %)</translation>
    </message>
    <message>
        <source>an object with &quot;steps&quot;</source>
        <translation>ein Objekt mit &quot;steps&quot;</translation>
    </message>
    <message>
        <source>warm-up steps</source>
        <translation>Aufwärmstufen</translation>
    </message>
    <message>
        <source>a list of at most {most} steps</source>
        <translation>eine Liste mit höchstens {most} Stufen</translation>
    </message>
    <message>
        <source>warm-up step {number}</source>
        <translation>Aufwärmstufe {number}</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>kein Aufwärmen</translation>
    </message>
    <message>
        <source>warm-up step {number} percent</source>
        <translation>Aufwärmstufe {number}, Prozent</translation>
    </message>
</context>
<context>
    <name>WarmupPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Another warm-up set, heavier than the last</source>
        <translation>Noch ein Aufwärmsatz, schwerer als der letzte</translation>
    </message>
    <message>
        <source>Default warm-up</source>
        <translation>Standard-Aufwärmen</translation>
    </message>
    <message>
        <source>Warm-up: problem</source>
        <translation>Aufwärmen: Problem</translation>
    </message>
    <message>
        <source>Before the first work set: {steps}</source>
        <translation>Vor dem ersten Arbeitssatz: {steps}</translation>
    </message>
</context>
<context>
    <name>WorkoutConductor</name>
    <message>
        <source>Getting the voice ready: the workout starts as soon as it is ready</source>
        <translation>Stimme wird vorbereitet: das Training beginnt, sobald sie bereit ist</translation>
    </message>
</context>
<context>
    <name>WorkoutLog</name>
    <message>
        <source>Training log: {problem}. ThrustTimer keeps this session&apos;s sets and saves them as soon as it can.</source>
        <translation>Trainingstagebuch: {problem}. ThrustTimer behält die Sätze dieser Einheit und speichert sie, sobald es geht.</translation>
    </message>
    <message>
        <source>Training log: not recording this session ({problem})</source>
        <translation>Trainingstagebuch: diese Einheit wird nicht aufgezeichnet ({problem})</translation>
    </message>
</context>
</TS>
