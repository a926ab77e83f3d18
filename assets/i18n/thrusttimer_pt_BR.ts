<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>faltam estes argumentos: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos não reconhecidos: {arguments}</translation>
    </message>
    <message>
        <source>{option}: expected one argument</source>
        <translation>{option}: era esperado um valor</translation>
    </message>
    <message>
        <source>{option}: invalid choice: {value} (choose from {choices})</source>
        <translation>{option}: escolha inválida: {value} (escolhe entre {choices})</translation>
    </message>
    <message>
        <source>{option}: {value} is not a valid {kind} value</source>
        <translation>{option}: {value} não é um valor {kind} válido</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opção ambígua: {option} pode ser {matches}</translation>
    </message>
    <message>
        <source>{option}: not allowed with {other}</source>
        <translation>{option}: não é permitido junto com {other}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>the default output</source>
        <translation>a saída padrão</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>nenhuma saída de áudio</translation>
    </message>
    <message>
        <source>the audio output is asleep</source>
        <translation>a saída de áudio está em repouso</translation>
    </message>
    <message>
        <source>the sound server is not answering</source>
        <translation>o servidor de som não responde</translation>
    </message>
    <message>
        <source>the audio output is starting</source>
        <translation>a saída de áudio está iniciando</translation>
    </message>
    <message>
        <source>late by {milliseconds} ms</source>
        <translation>atrasado {milliseconds} ms</translation>
    </message>
</context>
<context>
    <name>BadRow</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>linha {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>BlockLineView</name>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
</context>
<context>
    <name>BlockLoadRows</name>
    <message>
        <source>0 = bodyweight, or the weight you hold</source>
        <translation>0 = peso do corpo, ou o peso que você segura</translation>
    </message>
    <message>
        <source>{number} · {exercise} (held)</source>
        <translation>{number} · {exercise} (segurado)</translation>
    </message>
    <message>
        <source>Load for block {number}, {exercise}</source>
        <translation>Carga do bloco {number}, {exercise}</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>{exercise} {sets} × {reps} each side, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps} por lado, cadência {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps}, cadência {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>esquerdo ou direito</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>um de {allowed}</translation>
    </message>
    <message>
        <source>unknown exercise</source>
        <translation>exercício desconhecido</translation>
    </message>
    <message>
        <source>only on a one-sided exercise ({exercises})</source>
        <translation>só num exercício unilateral ({exercises})</translation>
    </message>
    <message>
        <source>{exercise} works both legs at once: it has no sides</source>
        <translation>{exercise} trabalha as duas pernas ao mesmo tempo: não tem lados</translation>
    </message>
    <message>
        <source>block {number}</source>
        <translation>bloco {number}</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>um objeto com {fields}</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>um id de exercício</translation>
    </message>
    <message>
        <source>block {number} ({exercise})</source>
        <translation>bloco {number} ({exercise})</translation>
    </message>
    <message>
        <source>block fields: {fields}</source>
        <translation>campos do bloco: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>a list of 1 to {most} blocks</source>
        <translation>uma lista de 1 a {most} blocos</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>não é uma lista</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloco</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} blocos</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
</context>
<context>
    <name>BlocksForm</name>
    <message>
        <source>1 to {most} exercises</source>
        <translation>de 1 a {most} exercícios</translation>
    </message>
    <message>
        <source>{sets} × {reps} each side, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps} por lado, {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps}, {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{number}. {exercise} — ⚠ check {fields}</source>
        <translation>{number}. {exercise} — ⚠ confere {fields}</translation>
    </message>
    <message>
        <source>{exercise} (each side)</source>
        <translation>{exercise} (cada lado)</translation>
    </message>
</context>
<context>
    <name>BlocksPanel</name>
    <message>
        <source>Exercises of the workout, in order</source>
        <translation>Exercícios do treino, em ordem</translation>
    </message>
    <message>
        <source>Select an exercise to edit it below. Ctrl+Up and Ctrl+Down move it, Delete removes it.</source>
        <translation>Seleciona um exercício para editar logo abaixo. Ctrl+Cima e Ctrl+Baixo movem, Delete remove.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Adicionar exercício…</translation>
    </message>
    <message>
        <source>Add an exercise after the selected one (at most {most})</source>
        <translation>Adiciona um exercício depois do selecionado (no máximo {most})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Remove o exercício selecionado (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run the selected exercise earlier (Ctrl+Up)</source>
        <translation>Faz o exercício selecionado antes (Ctrl+Cima)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Run the selected exercise later (Ctrl+Down)</source>
        <translation>Faz o exercício selecionado depois (Ctrl+Baixo)</translation>
    </message>
</context>
<context>
    <name>BreathingIndicator</name>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>⚠ No audio device: ThrustTimer can&apos;t play ticks here, so there is nothing to calibrate. Connect headphones or speakers, then open this again.</source>
        <translation>⚠ Nenhum dispositivo de áudio: o ThrustTimer não consegue tocar os cliques aqui, então não há nada para calibrar. Conecta fones de ouvido ou caixas de som e abre isto de novo.</translation>
    </message>
    <message>
        <source>The audio output is still starting: press Start again in a moment.</source>
        <translation>A saída de áudio ainda está iniciando: aperta Iniciar de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms later than the app plays them.</source>
        <translation>Você ouve os cliques {lag} ms depois de o app tocá-los.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms earlier than the app plays them.</source>
        <translation>Você ouve os cliques {lag} ms antes de o app tocá-los.</translation>
    </message>
    <message>
        <source>You hear the ticks right on time.</source>
        <translation>Você ouve os cliques bem na hora.</translation>
    </message>
    <message>
        <source>Your taps were steady to ±{spread} ms ({used} used, {ignored} left out).</source>
        <translation>Seus toques ficaram regulares dentro de ±{spread} ms ({used} usados, {ignored} descartados).</translation>
    </message>
    <message>
        <source>New latency offset: {new} ms (now {current} ms).</source>
        <translation>Nova compensação de latência: {new} ms (agora {current} ms).</translation>
    </message>
    <message>
        <source>Not enough taps on the beat: at least {taps} steady taps after the first {ticks} ticks are needed. Press Try again and tap on every tick you hear.</source>
        <translation>Poucos toques no ritmo: são necessários pelo menos {taps} toques regulares depois dos primeiros {ticks} cliques. Aperta Tentar de novo e toca a cada clique que ouvir.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the latency offset</source>
        <translation>Calibrar a compensação de latência</translation>
    </message>
    <message>
        <source>Match the coach&apos;s sound to the beat</source>
        <translation>Acerta o som do treinador com o ritmo</translation>
    </message>
    <message>
        <source>Wear the headphones or speakers you train with. Bluetooth headphones often lag 100–300 ms. The latency offset now: {offset} ms.</source>
        <translation>Usa os fones ou caixas de som com que você treina. Fones Bluetooth costumam atrasar 100–300 ms. Compensação de latência atual: {offset} ms.</translation>
    </message>
    <message>
        <source>Tap along</source>
        <translation>Toca junto</translation>
    </message>
    <message>
        <source>Tick meets flash</source>
        <translation>Clique e flash</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Leave the latency offset as it is (Esc)</source>
        <translation>Deixa a compensação de latência como está (Esc)</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Listen… tap on every tick you hear.</source>
        <translation>Escuta… toca a cada clique que ouvir.</translation>
    </message>
    <message>
        <source>Tap on each tick</source>
        <translation>Toca a cada clique</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Move the offset until the tick and the flash come together.</source>
        <translation>Ajusta a compensação até o clique e o flash chegarem juntos.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Aperta Iniciar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>{count} of {ticks} ticks could not be played ({reason}): try again.</source>
        <translation>{count} de {ticks} cliques não puderam ser tocados ({reason}): tenta de novo.</translation>
    </message>
    <message>
        <source>Use {offset} ms</source>
        <translation>Usar {offset} ms</translation>
    </message>
    <message>
        <source>{count} tap</source>
        <translation>{count} toque</translation>
    </message>
    <message>
        <source>{count} taps</source>
        <translation>{count} toques</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: erro: {message}</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Run `{prog} SUBCOMMAND --help` for its options.</source>
        <translation>Roda `{prog} SUBCOMANDO --help` para ver as opções dele.</translation>
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
        <translation>O comando `thrusttimer`: a janela por padrão, ou um subcomando.

thrusttimer [opções do plano]          abre a janela com um treino
thrusttimer plan [opções do plano]     mostra a sequência compilada (--json para máquinas)
thrusttimer presets                    lista os modelos incluídos
thrusttimer history [--since D] [--csv F] [--import F]   o registro de treino
thrusttimer next [--preset NOME] [--json]    a carga e as reps de hoje, e por quê
thrusttimer plates CARGA [--unit kg|lb]      as anilhas de cada lado para uma carga
thrusttimer --version</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <source>Where you are in the workout</source>
        <translation>Onde você está no treino</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>faltam {time}</translation>
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
        <translation>Exercício:</translation>
    </message>
    <message>
        <source>Exercise for the charts and records</source>
        <translation>Exercício dos gráficos e recordes</translation>
    </message>
    <message>
        <source>{exercise}: no sets yet.</source>
        <translation>{exercise}: nenhuma série ainda.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>Switch</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Switch sides: the other leg takes over</source>
        <translation>Troca de lado: agora trabalha a outra perna</translation>
    </message>
    <message>
        <source>exercise: {exercise} is unknown; choose from {allowed}</source>
        <translation>exercise: {exercise} é desconhecido; escolhe entre {allowed}</translation>
    </message>
    <message>
        <source>{file}: id: must be the file&apos;s name {name}, not {id}</source>
        <translation>{file}: id: tem que ser o nome do arquivo, {name}, não {id}</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file}: TOML inválido: {error}</translation>
    </message>
    <message>
        <source>must be {format}, not {kind}</source>
        <translation>tem que ser {format}, não {kind}</translation>
    </message>
    <message>
        <source>must be a list of phases, not {kind}</source>
        <translation>tem que ser uma lista de fases, não {kind}</translation>
    </message>
    <message>
        <source>{kind} is not a phase of a rep; must be one of {allowed}</source>
        <translation>{kind} não é uma fase da repetição; tem que ser uma de {allowed}</translation>
    </message>
    <message>
        <source>must name brace, thrust, squeeze and descent once each; {phase} is there {count} times</source>
        <translation>tem que citar brace, thrust, squeeze e descent uma vez cada; {phase} aparece {count} vezes</translation>
    </message>
    <message>
        <source>{id} is used twice in {key}; ids must differ</source>
        <translation>{id} aparece duas vezes em {key}; os ids têm que ser diferentes</translation>
    </message>
    <message>
        <source>must be lowercase words joined by hyphens, not {id}</source>
        <translation>tem que ser palavras em minúsculas unidas por hífens, não {id}</translation>
    </message>
    <message>
        <source>{tempo} already sets phases.{phase}; each tempo number sets one phase</source>
        <translation>{tempo} já define phases.{phase}; cada número da cadência define uma fase</translation>
    </message>
    <message>
        <source>must be true with stance {stance}: one leg works</source>
        <translation>tem que ser true com a base {stance}: uma perna trabalha</translation>
    </message>
</context>
<context>
    <name>ExerciseRecords</name>
    <message>
        <source>{exercise}, left side</source>
        <translation>{exercise}, lado esquerdo</translation>
    </message>
    <message>
        <source>{exercise}, right side</source>
        <translation>{exercise}, lado direito</translation>
    </message>
    <message>
        <source>best estimated 1RM (Epley) {estimate} on {day} ({load} × {reps})</source>
        <translation>melhor 1RM estimado (Epley) {estimate} em {day} ({load} × {reps})</translation>
    </message>
    <message>
        <source>heaviest {load} × {reps} on {day}</source>
        <translation>mais pesado {load} × {reps} em {day}</translation>
    </message>
    <message>
        <source>most reps {reps} on {day}</source>
        <translation>mais reps {reps} em {day}</translation>
    </message>
    <message>
        <source>most volume in a session {volume} × reps on {day}</source>
        <translation>maior volume numa sessão {volume} × reps em {day}</translation>
    </message>
    <message>
        <source>no work sets yet</source>
        <translation>nenhuma série de trabalho ainda</translation>
    </message>
    <message>
        <source>{count} work set</source>
        <translation>{count} série de trabalho</translation>
    </message>
    <message>
        <source>{count} work sets</source>
        <translation>{count} séries de trabalho</translation>
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
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>uma tabela</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>uma data ou hora</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>tem que ser uma tabela, não {kind}</translation>
    </message>
    <message>
        <source>unknown key; allowed here: {keys}</source>
        <translation>chave desconhecida; permitidas aqui: {keys}</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>faltando; é obrigatório</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>tem que ser texto, não {kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>tem que ser true ou false, não {kind}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {kind}</source>
        <translation>tem que ser um de {allowed}, não {kind}</translation>
    </message>
    <message>
        <source>must be a list ([[{key}]]), not {kind}</source>
        <translation>tem que ser uma lista ([[{key}]]), não {kind}</translation>
    </message>
    <message>
        <source>must not be empty: list at least one</source>
        <translation>não pode ficar vazia: coloca pelo menos um</translation>
    </message>
    <message>
        <source>must be a non-empty list of text, not {kind}</source>
        <translation>tem que ser uma lista de textos não vazia, não {kind}</translation>
    </message>
    <message>
        <source>must be text that is not empty, not {kind}</source>
        <translation>tem que ser um texto não vazio, não {kind}</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>nenhum aqui</translation>
    </message>
    <message>
        <source>braces must pair up around a placeholder ({allowed})</source>
        <translation>as chaves têm que formar pares em volta de um marcador ({allowed})</translation>
    </message>
    <message>
        <source>placeholder {placeholder} is not allowed; placeholders: {allowed}</source>
        <translation>o marcador {placeholder} não é permitido; marcadores: {allowed}</translation>
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
        <translation>Aperta Iniciar: o círculo pisca a cada clique. Ajusta a compensação até ouvir cada clique exatamente quando vê o flash. ← → ajustam 5 ms; ↑ ↓ na caixa, 1 ms.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensação</translation>
    </message>
    <message>
        <source>Latency offset under test</source>
        <translation>Compensação de latência em teste</translation>
    </message>
    <message>
        <source>Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms</source>
        <translation>Som atrasado → move para a direita. ← → 5 ms, Page Up/Page Down 50 ms</translation>
    </message>
    <message>
        <source>Latency offset under test, ms</source>
        <translation>Compensação de latência em teste, ms</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Flash the circle and play a tick with it, until Stop</source>
        <translation>Pisca o círculo e toca um clique junto, até Parar</translation>
    </message>
    <message>
        <source>Use this offset</source>
        <translation>Usar esta compensação</translation>
    </message>
    <message>
        <source>Put the offset shown into the latency field</source>
        <translation>Coloca a compensação mostrada no campo de latência</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Open the ThrustTimer window. Subcommands: plan, presets (see --help).</source>
        <translation>Abre a janela do ThrustTimer. Subcomandos: plan, presets (ver --help).</translation>
    </message>
    <message>
        <source>write what the session does to FILE, one JSON object per line</source>
        <translation>grava o que a sessão faz em FILE, um objeto JSON por linha</translation>
    </message>
    <message>
        <source>open the window at this size</source>
        <translation>abre a janela neste tamanho</translation>
    </message>
    <message>
        <source>{flag}: {value} is not WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>{flag}: {value} não é LARGURAxALTURA, ex.: 1366x768</translation>
    </message>
    <message>
        <source>{flag}: {value} is out of range; allowed 320x240 to 10000x10000</source>
        <translation>{flag}: {value} está fora do intervalo; permitido de 320x240 a 10000x10000</translation>
    </message>
    <message>
        <source>{flag}: {value} is not SECONDS:PATH</source>
        <translation>{flag}: {value} não é SEGUNDOS:CAMINHO</translation>
    </message>
</context>
<context>
    <name>GymScreen</name>
    <message>
        <source>Press D to watch how a rep is done</source>
        <translation>Aperta D para ver como se faz uma rep</translation>
    </message>
    <message>
        <source>Watch how it&apos;s done · {phase}</source>
        <translation>Olha como se faz · {phase}</translation>
    </message>
</context>
<context>
    <name>GymWords</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Paused · press Space to resume</source>
        <translation>Pausado · aperta Espaço para continuar</translation>
    </message>
    <message>
        <source>Ready? press Space</source>
        <translation>Pronto? aperta Espaço</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Esquerda primeiro</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Direita primeiro</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Agora a esquerda</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Agora a direita</translation>
    </message>
    <message>
        <source>Set up: {instruction}</source>
        <translation>Posição: {instruction}</translation>
    </message>
    <message>
        <source>All {count} exercises done</source>
        <translation>Os {count} exercícios feitos</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Exercício {number} de {count}</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Próximo exercício: {exercise}</translation>
    </message>
    <message>
        <source>Warm-up –/{sets}</source>
        <translation>Aquec. –/{sets}</translation>
    </message>
    <message>
        <source>Set –/{sets}</source>
        <translation>Série –/{sets}</translation>
    </message>
    <message>
        <source>Rep –/{reps}</source>
        <translation>Rep –/{reps}</translation>
    </message>
    <message>
        <source>Warm-up {number}/{sets}</source>
        <translation>Aquec. {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Série {number}/{sets}</translation>
    </message>
    <message>
        <source>Rep {rep}/{reps}</source>
        <translation>Rep {rep}/{reps}</translation>
    </message>
    <message>
        <source>{reps} rep · tempo {tempo}</source>
        <translation>{reps} rep · cadência {tempo}</translation>
    </message>
    <message>
        <source>{reps} reps · tempo {tempo}</source>
        <translation>{reps} reps · cadência {tempo}</translation>
    </message>
    <message>
        <source>Next: {exercise} — {set} · {details}</source>
        <translation>Próximo: {exercise} — {set} · {details}</translation>
    </message>
    <message>
        <source>Next: {set} · {details}</source>
        <translation>Próximo: {set} · {details}</translation>
    </message>
    <message>
        <source>{name}: {count} exercises</source>
        <translation>{name}: {count} exercícios</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps} each side</source>
        <translation>{exercise} {sets} × {reps} por lado</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}</source>
        <translation>{exercise} {sets} × {reps}</translation>
    </message>
    <message>
        <source>Done: {exercises}</source>
        <translation>Feito: {exercises}</translation>
    </message>
    <message>
        <source>{count} exercises · {tension} s under tension · Space to go again</source>
        <translation>{count} exercícios · {tension} s sob tensão · Espaço para repetir</translation>
    </message>
    <message>
        <source>{sets} × {reps} done · {tension} s under tension · Space to go again</source>
        <translation>{sets} × {reps} feitas · {tension} s sob tensão · Espaço para repetir</translation>
    </message>
    <message>
        <source>Press Space to start · {plan}</source>
        <translation>Aperta Espaço para começar · {plan}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation>Aperta Espaço para começar de novo</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
</context>
<context>
    <name>HeadlessProgress</name>
    <message>
        <source>set {set}/{sets} · rep {rep}/{reps}</source>
        <translation>série {set}/{sets} · rep {rep}/{reps}</translation>
    </message>
    <message>
        <source>set {set}/{sets}</source>
        <translation>série {set}/{sets}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>{where} · {state} {left} s · {position} of {total}</source>
        <translation>{where} · {state} {left} s · {position} de {total}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>top load per training day</source>
        <translation>carga máxima por dia de treino</translation>
    </message>
    <message>
        <source>weekly volume (load × reps)</source>
        <translation>volume semanal (carga × reps)</translation>
    </message>
    <message>
        <source>time under tension per training day</source>
        <translation>tempo sob tensão por dia de treino</translation>
    </message>
    <message>
        <source>estimated 1RM per training day (Epley)</source>
        <translation>1RM estimado por dia de treino (Epley)</translation>
    </message>
    <message>
        <source>Top load</source>
        <translation>Carga máxima</translation>
    </message>
    <message>
        <source>Weekly volume</source>
        <translation>Volume semanal</translation>
    </message>
    <message>
        <source>Time under tension</source>
        <translation>Tempo sob tensão</translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation>1RM estimado</translation>
    </message>
    <message>
        <source>{exercise}: {chart}</source>
        <translation>{exercise}: {chart}</translation>
    </message>
    <message>
        <source>{chart}: no sessions yet</source>
        <translation>{chart}: nenhuma sessão ainda</translation>
    </message>
    <message>
        <source>{chart}: none recorded yet</source>
        <translation>{chart}: nada registrado ainda</translation>
    </message>
    <message>
        <source>Not shown: {count} imported session with no time under tension recorded</source>
        <translation>Fora do gráfico: {count} sessão importada sem tempo sob tensão registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} imported sessions with no time under tension recorded</source>
        <translation>Fora do gráfico: {count} sessões importadas sem tempo sob tensão registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} session with no time under tension recorded</source>
        <translation>Fora do gráfico: {count} sessão sem tempo sob tensão registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} sessions with no time under tension recorded</source>
        <translation>Fora do gráfico: {count} sessões sem tempo sob tensão registrado</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Recorde pessoal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>{unit} × reps</source>
        <translation>{unit} × reps</translation>
    </message>
    <message>
        <source>Weeks, Monday to Sunday</source>
        <translation>Semanas, de segunda a domingo</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the log could not be used); 2 bad options, or an --import path that is no file of at most 50 MB; {code} imported, but some rows were bad and skipped (each named on stderr; rows of exercises ThrustTimer does not know are named there too, and do not change the code)</source>
        <translation>códigos de saída: 0 concluído; 1 nada importado (o arquivo não é uma exportação do Strong nem do Hevy, ou o registro não pôde ser usado); 2 opções inválidas, ou um caminho de --import que não é um arquivo de no máximo 50 MB; {code} importado, mas algumas linhas estavam com erro e foram puladas (cada uma é citada no stderr; as linhas de exercícios que o ThrustTimer não conhece também são citadas lá, e não mudam o código)</translation>
    </message>
    <message>
        <source>Print the training log, export it as a Strong CSV, or import a Strong or Hevy export. The log is {path} (set THRUSTTIMER_DATA_DIR to use another folder).</source>
        <translation>Mostra o registro de treino, exporta como CSV do Strong ou importa uma exportação do Strong ou do Hevy. O registro fica em {path} (define THRUSTTIMER_DATA_DIR para usar outra pasta).</translation>
    </message>
    <message>
        <source>only sessions on or after this day</source>
        <translation>só as sessões deste dia em diante</translation>
    </message>
    <message>
        <source>write the log as a Strong-format CSV (- for stdout)</source>
        <translation>grava o registro como CSV no formato do Strong (- para stdout)</translation>
    </message>
    <message>
        <source>kg or lb (default kg)</source>
        <translation>kg ou lb (padrão kg)</translation>
    </message>
    <message>
        <source>import a Strong or Hevy CSV export</source>
        <translation>importa uma exportação CSV do Strong ou do Hevy</translation>
    </message>
    <message>
        <source>the unit of a Strong export&apos;s Weight column, kg or lb (default kg; exports with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy&apos;s, say their unit)</source>
        <translation>a unidade da coluna Weight de uma exportação do Strong, kg ou lb (padrão kg; exportações com Weight (kg), Weight (lbs) ou uma coluna Weight Unit, e as do Hevy, informam a unidade)</translation>
    </message>
    <message>
        <source>show the table and charts in a window</source>
        <translation>mostra a tabela e os gráficos numa janela</translation>
    </message>
    <message>
        <source>only this exercise&apos;s sets: {exercises} (default: every exercise)</source>
        <translation>só as séries deste exercício: {exercises} (padrão: todos os exercícios)</translation>
    </message>
    <message>
        <source>--import: give it alone, without --csv, --since or --exercise</source>
        <translation>--import: usa sozinho, sem --csv, --since ou --exercise</translation>
    </message>
    <message>
        <source>--window: give it without --csv or --import</source>
        <translation>--window: usa sem --csv ou --import</translation>
    </message>
    <message>
        <source>thrusttimer history: --exercise: no sets of {exercise} in the log yet; the window charts {charted}</source>
        <translation>thrusttimer history: --exercise: ainda não há séries de {exercise} no registro; a janela mostra {charted}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01</source>
        <translation>{flag}: {value} não é uma data; permitido: AAAA-MM-DD, como 2026-11-01</translation>
    </message>
    <message>
        <source>{flag}: {value} is not an exercise; allowed: {ids}</source>
        <translation>{flag}: {value} não é um exercício; permitidos: {ids}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} não é uma unidade; permitido: kg ou lb</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad row</source>
        <translation>{file}: e mais {count} linha com erro</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad rows</source>
        <translation>{file}: e mais {count} linhas com erro</translation>
    </message>
    <message>
        <source>{file}: and {count} more row of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: e mais {count} linha de exercícios que o ThrustTimer não conhece, pulada</translation>
    </message>
    <message>
        <source>{file}: and {count} more rows of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: e mais {count} linhas de exercícios que o ThrustTimer não conhece, puladas</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {sets} sets from {sessions} sessions to {path}</source>
        <translation>{sets} séries de {sessions} sessões gravadas em {path}</translation>
    </message>
    <message>
        <source>No sessions in the training log {path}.</source>
        <translation>Nenhuma sessão no registro de treino {path}.</translation>
    </message>
    <message>
        <source>No sessions in the training log.</source>
        <translation>Nenhuma sessão no registro de treino.</translation>
    </message>
    <message>
        <source>partial, {reps} of {planned}</source>
        <translation>parcial, {reps} de {planned}</translation>
    </message>
    <message>
        <source>{sessions}, {sets}.</source>
        <translation>{sessions}, {sets}.</translation>
    </message>
    <message>
        <source>{exercise}, left</source>
        <translation>{exercise}, esquerdo</translation>
    </message>
    <message>
        <source>{exercise}, right</source>
        <translation>{exercise}, direito</translation>
    </message>
    <message>
        <source>set</source>
        <translation>série</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>reps</translation>
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
        <translation>cadência</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min, from {source}</source>
        <translation>{start}  {name}, {minutes} min, do {source}</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min</source>
        <translation>{start}  {name}, {minutes} min</translation>
    </message>
    <message>
        <source>{start}  {name}, from {source}</source>
        <translation>{start}  {name}, do {source}</translation>
    </message>
    <message>
        <source>{start}  {name}</source>
        <translation>{start}  {name}</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sessão</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessões</translation>
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
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Recorde esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Recorde direito</translation>
    </message>
    <message>
        <source>Unknown side</source>
        <translation>Lado desconhecido</translation>
    </message>
    <message>
        <source>Unknown side record</source>
        <translation>Recorde de lado desconhecido</translation>
    </message>
    <message>
        <source>Left and right sides together</source>
        <translation>Lados esquerdo e direito juntos</translation>
    </message>
    <message>
        <source>{chart}: no loads logged yet</source>
        <translation>{chart}: nenhuma carga registrada ainda</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>warm-up</source>
        <translation>aquecimento</translation>
    </message>
    <message>
        <source>drop set</source>
        <translation>drop set</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>até a falha</translation>
    </message>
    <message>
        <source>When / set</source>
        <translation>Quando / série</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
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
        <translation>Cadência</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Set {number} deleted. Ctrl+Z undoes it.</source>
        <translation>Série {number} apagada. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was deleted.</source>
        <translation>Desfeito: a série {number} voltou a ser como era antes de ser apagada.</translation>
    </message>
    <message>
        <source>Set {number} changed. Ctrl+Z undoes it.</source>
        <translation>Série {number} alterada. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was changed.</source>
        <translation>Desfeito: a série {number} voltou a ser como era antes da alteração.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>série {number}</translation>
    </message>
    <message>
        <source>{reps} of {planned}</source>
        <translation>{reps} de {planned}</translation>
    </message>
    <message>
        <source>{set} · partial</source>
        <translation>{set} · parcial</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <source>The training log cannot be shown: {error}</source>
        <translation>Não foi possível mostrar o registro de treino: {error}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to {path}.</source>
        <translation>Não foi possível salvar o gráfico em {path}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>linha {line}: {problem}</translation>
    </message>
    <message>
        <source>not a Strong or Hevy export: the first line is {header}; expected Strong&apos;s {strong},... or Hevy&apos;s {hevy}</source>
        <translation>não é uma exportação do Strong nem do Hevy: a primeira linha é {header}; esperava-se a do Strong, {strong},... ou a do Hevy, {hevy}</translation>
    </message>
    <message>
        <source>has {fields} fields, the header has {columns}</source>
        <translation>tem {fields} campos, o cabeçalho tem {columns}</translation>
    </message>
    <message>
        <source>the training log could not be written, nothing imported: {error}</source>
        <translation>não foi possível gravar o registro de treino, nada foi importado: {error}</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>{file} is not a file: there is nothing by that name</source>
        <translation>{file} não é um arquivo: não existe nada com esse nome</translation>
    </message>
    <message>
        <source>{file} is not a file but {kind}; allowed: a CSV file</source>
        <translation>{file} não é um arquivo, e sim {kind}; permitido: um arquivo CSV</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>não foi possível ler {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; allowed: up to {limit}</source>
        <translation>{file} tem {size}; permitido: até {limit}</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>um pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>algo que não é um arquivo</translation>
    </message>
    <message>
        <source>over {size}</source>
        <translation>mais de {size}</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>byte {byte} is not {encoding} text; save the file as UTF-8 and import it again</source>
        <translation>o byte {byte} não é texto {encoding}; salva o arquivo como UTF-8 e importa de novo</translation>
    </message>
    <message>
        <source>{character} is half of a character (a lone surrogate), not text</source>
        <translation>{character} é meio caractere (um surrogate solto), não texto</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>linha {line}: {problem}</translation>
    </message>
    <message>
        <source>line 1: the header is empty; expected the names of the columns</source>
        <translation>linha 1: o cabeçalho está vazio; esperavam-se os nomes das colunas</translation>
    </message>
    <message>
        <source>a cell is longer than {count} characters</source>
        <translation>uma célula tem mais de {count} caracteres</translation>
    </message>
    <message>
        <source>not readable as CSV</source>
        <translation>não dá para ler como CSV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{sets} in {sessions} imported from a {format} export</source>
        <translation>{sets} em {sessions} importadas de uma exportação do {format}</translation>
    </message>
    <message>
        <source>{sessions} already in the log got the sets it was missing</source>
        <translation>Sessões que já estavam no registro e receberam as séries que faltavam: {sessions}</translation>
    </message>
    <message>
        <source>{sets} already in the log</source>
        <translation>Já no registro: {sets}</translation>
    </message>
    <message>
        <source>{rows} of exercises ThrustTimer does not know skipped</source>
        <translation>Puladas por serem de exercícios que o ThrustTimer não conhece: {rows}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} linha</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} linhas</translation>
    </message>
    <message>
        <source>{rows} skipped</source>
        <translation>Puladas: {rows}</translation>
    </message>
    <message>
        <source>{count} bad row</source>
        <translation>{count} linha com erro</translation>
    </message>
    <message>
        <source>{count} bad rows</source>
        <translation>{count} linhas com erro</translation>
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
        <translation>{count} sessão</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessões</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h after {column}</source>
        <translation>{value} não é permitido; permitido: até {hours} h depois de {column}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} não é um de {allowed}</translation>
    </message>
    <message>
        <source>empty; allowed: the name of an exercise</source>
        <translation>vazio; permitido: o nome de um exercício</translation>
    </message>
    <message>
        <source>{length} characters long; allowed: up to {limit}</source>
        <translation>tem {length} caracteres; permitido: até {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} não é um número</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: {allowed}</source>
        <translation>{value} não é permitido; permitido: {allowed}</translation>
    </message>
    <message>
        <source>0 to {most} {unit}</source>
        <translation>de 0 a {most} {unit}</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>um número inteiro de 0 a {most}</translation>
    </message>
    <message>
        <source>empty; allowed: {allowed}</source>
        <translation>vazio; permitido: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a whole number of reps</source>
        <translation>{value} não é um número inteiro de reps</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: 6 to 10 in half steps</source>
        <translation>{value} não é permitido; permitido: de 6 a 10, de meio em meio ponto</translation>
    </message>
    <message>
        <source>0 to {most} seconds</source>
        <translation>de 0 a {most} segundos</translation>
    </message>
    <message>
        <source>{value} is not a date like {example}</source>
        <translation>{value} não é uma data como {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: a date from {first} to {last}</source>
        <translation>{value} não é permitido; permitido: uma data de {first} a {last}</translation>
    </message>
    <message>
        <source>{value} is not a duration like {example}</source>
        <translation>{value} não é uma duração como {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h</source>
        <translation>{value} não é permitido; permitido: até {hours} h</translation>
    </message>
    <message>
        <source>{value} is not a set number or {letters}</source>
        <translation>{value} não é um número de série nem {letters}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is larger than any journal ThrustTimer writes</source>
        <translation>é maior do que qualquer diário que o ThrustTimer grava</translation>
    </message>
    <message>
        <source>none of the sets in it were added</source>
        <translation>nenhuma das séries dele foi adicionada</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>entrada {number}: {problem}</translation>
    </message>
    <message>
        <source>{count} unreadable entries were left out ({problems})</source>
        <translation>{count} entradas ilegíveis foram deixadas de fora ({problems})</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>não pôde ser lido ({reason})</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>está danificado</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem} and could not be kept aside ({reason}); {outcome}.</source>
        <translation>O arquivo de séries esperando para entrar no registro de treino, {path}, {problem} e não pôde ser separado ({reason}); {outcome}.</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem}; it was kept as {aside} and {outcome}.</source>
        <translation>O arquivo de séries esperando para entrar no registro de treino, {path}, {problem}; foi guardado como {aside} e {outcome}.</translation>
    </message>
    <message>
        <source>it is not a format-{format} journal</source>
        <translation>não é um diário no formato {format}</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>não tem lista de entradas</translation>
    </message>
    <message>
        <source>{value} is not an entry</source>
        <translation>{value} não é uma entrada</translation>
    </message>
    <message>
        <source>its session is not a name and a start time</source>
        <translation>a sessão dele não é um nome e uma hora de início</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>nome da sessão</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>início da sessão</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fim</translation>
    </message>
    <message>
        <source>type {value} is not set or end</source>
        <translation>o tipo {value} não é set nem end</translation>
    </message>
    <message>
        <source>load {value} is not a number</source>
        <translation>a carga {value} não é um número</translation>
    </message>
    <message>
        <source>set number {value} is not a whole number, 1 or more</source>
        <translation>o número da série {value} não é um número inteiro, 1 ou mais</translation>
    </message>
    <message>
        <source>kind {value} is not one of {allowed}</source>
        <translation>o tipo {value} não é um de {allowed}</translation>
    </message>
    <message>
        <source>side {value} is not left or right</source>
        <translation>o lado {value} não é left nem right</translation>
    </message>
    <message>
        <source>planned reps {value} is not a whole number</source>
        <translation>as reps previstas {value} não são um número inteiro</translation>
    </message>
    <message>
        <source>time under tension {value} is not a number</source>
        <translation>o tempo sob tensão {value} não é um número</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>cadência</translation>
    </message>
    <message>
        <source>{field} {value} is not text of at most 1000 characters</source>
        <translation>{field} {value} não é um texto de no máximo 1000 caracteres</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time with its offset</source>
        <translation>{field} {value} não é uma data e hora com o fuso horário</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>falta um valor</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>The screen may sleep mid-set: set it to stay on in your system settings</source>
        <translation>A tela pode apagar no meio da série: configura ela para ficar ligada nas configurações do sistema</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Um treino está em andamento</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start, pause or resume the workout</source>
        <translation>Inicia, pausa ou retoma o treino</translation>
    </message>
    <message>
        <source>Space, media Play/Pause, clicker B</source>
        <translation>Espaço, Play/Pause de mídia, botão B do controle</translation>
    </message>
    <message>
        <source>Redo rep</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Restart the current rep</source>
        <translation>Recomeça a rep atual</translation>
    </message>
    <message>
        <source>←, PageUp</source>
        <translation>←, Page Up</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip this phase, or the rest</source>
        <translation>Pula esta fase, ou o descanso</translation>
    </message>
    <message>
        <source>→, PageDown</source>
        <translation>→, Page Down</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Shorten the rest by 30 seconds</source>
        <translation>Encurta o descanso em 30 segundos</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Lengthen the rest by 30 seconds</source>
        <translation>Alonga o descanso em 30 segundos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>End the rest now and count in the next set</source>
        <translation>Termina o descanso agora e começa a contagem da próxima série</translation>
    </message>
    <message>
        <source>Enter (or Space while waiting)</source>
        <translation>Enter (ou Espaço durante a espera)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the workout (press twice to confirm)</source>
        <translation>Para o treino (aperta duas vezes para confirmar)</translation>
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
        <translation>Olha como se faz uma rep</translation>
    </message>
    <message>
        <source>Workout…</source>
        <translation>Treino…</translation>
    </message>
    <message>
        <source>Choose and set up the workout</source>
        <translation>Escolhe e configura o treino</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Your training log and progress charts</source>
        <translation>Seu registro de treino e gráficos de evolução</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Liga ou desliga a tela cheia</translation>
    </message>
    <message>
        <source>{does} ({keys})</source>
        <translation>{does} ({keys})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>De novo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>the language to use: {choices} (default: the system&apos;s)</source>
        <translation>o idioma a usar: {choices} (padrão: o do sistema)</translation>
    </message>
    <message>
        <source>--language: expected a language code: {choices}</source>
        <translation>--language: esperava-se um código de idioma: {choices}</translation>
    </message>
    <message>
        <source>--language: &apos;{value}&apos; is not a language ThrustTimer speaks; choose {choices}</source>
        <translation>--language: &apos;{value}&apos; não é um idioma que o ThrustTimer fala; escolhe {choices}</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Como o sistema: {language}</translation>
    </message>
    <message>
        <source>As the screen</source>
        <translation>Como a tela</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ThrustTimer.</source>
        <translation>O novo idioma passa a valer na próxima vez que o ThrustTimer iniciar.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Treinador</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>no speech engine and not in the voice pack</source>
        <translation>nenhum sintetizador de voz e não está no pacote de voz</translation>
    </message>
    <message>
        <source>Could not voice “{phrase}” ({reason})</source>
        <translation>Não foi possível gerar a voz de “{phrase}” ({reason})</translation>
    </message>
    <message>
        <source>No voice clips could be prepared ({reason})</source>
        <translation>Nenhum clipe de voz pôde ser preparado ({reason})</translation>
    </message>
    <message>
        <source>The speech engine could not start ({reason})</source>
        <translation>O sintetizador de voz não conseguiu iniciar ({reason})</translation>
    </message>
    <message>
        <source>{count} phrases (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} frases (“{phrase}”…) usam a voz embutida porque o sintetizador de voz falhou nelas ({reason})</translation>
    </message>
    <message>
        <source>{count} phrase (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} frase (“{phrase}”…) usa a voz embutida porque o sintetizador de voz falhou nela ({reason})</translation>
    </message>
</context>
<context>
    <name>LoadField</name>
    <message>
        <source>not logged</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <source>type the load</source>
        <translation>digita a carga</translation>
    </message>
</context>
<context>
    <name>LoadPrompt</name>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now</source>
        <translation>Digita ou ajusta (Page Up/Page Down) · Esc: agora não</translation>
    </message>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now · Tab: the next exercise&apos;s</source>
        <translation>Digita ou ajusta (Page Up/Page Down) · Esc: agora não · Tab: a do próximo exercício</translation>
    </message>
    <message>
        <source>Not logging the load  (N)</source>
        <translation>Sem registrar a carga  (N)</translation>
    </message>
    <message>
        <source>Not logged  (N)</source>
        <translation>Não registrada  (N)</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Iniciar  (Enter)</translation>
    </message>
    <message>
        <source>Start  (⏎)</source>
        <translation>Iniciar  (⏎)</translation>
    </message>
    <message>
        <source>No load yet: type it, or Start again to go without logging it</source>
        <translation>Ainda sem carga: digita, ou aperta Iniciar de novo para seguir sem registrar</translation>
    </message>
    <message>
        <source>Load on the bar</source>
        <translation>Carga na barra</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Load for {workout}</source>
        <translation>Carga para {workout}</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Sem aquecimento</translation>
    </message>
    <message>
        <source>Warm-up: {count} set  (W)</source>
        <translation>Aquecimento: {count} série  (W)</translation>
    </message>
    <message>
        <source>Warm-up: {count} sets  (W)</source>
        <translation>Aquecimento: {count} séries  (W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} set: W)</source>
        <translation>Sem aquecimento ({count} série: W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} sets: W)</source>
        <translation>Sem aquecimento ({count} séries: W)</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>lighter than the empty bar</source>
        <translation>mais leve que a barra vazia</translation>
    </message>
    <message>
        <source>heavier than all your plates</source>
        <translation>mais pesado que todas as suas anilhas</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>peso do corpo</translation>
    </message>
    <message>
        <source>{load} held on the hips</source>
        <translation>{load} segurado no quadril</translation>
    </message>
    <message>
        <source>the empty bar</source>
        <translation>a barra vazia</translation>
    </message>
    <message>
        <source>{plates} each side</source>
        <translation>{plates} de cada lado</translation>
    </message>
    <message>
        <source>{plates} (collars {collar} each)</source>
        <translation>{plates} (presilhas de {collar} cada)</translation>
    </message>
    <message>
        <source>{load}: {plates}</source>
        <translation>{load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded up to {load}: {plates}</source>
        <translation>{target} é {beyond}; arredondado para cima, {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded down to {load}: {plates}</source>
        <translation>{target} é {beyond}; arredondado para baixo, {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded up to {load}: {plates}</source>
        <translation>{target} não dá para montar com as suas anilhas; arredondado para cima, {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded down to {load}: {plates}</source>
        <translation>{target} não dá para montar com as suas anilhas; arredondado para baixo, {load}: {plates}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
    <message>
        <source>take off {off}, then add {on} each side</source>
        <translation>tira {off} e coloca {on} de cada lado</translation>
    </message>
    <message>
        <source>take off {off} each side</source>
        <translation>tira {off} de cada lado</translation>
    </message>
    <message>
        <source>add {on} each side</source>
        <translation>coloca {on} de cada lado</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} × {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} e {last}</translation>
    </message>
</context>
<context>
    <name>LoadingCommand</name>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} não é uma unidade; permitido: kg ou lb</translation>
    </message>
</context>
<context>
    <name>LoadingForm</name>
    <message>
        <source>at most {most} plate weights</source>
        <translation>no máximo {most} pesos de anilha</translation>
    </message>
    <message>
        <source>each weight once ({allowed})</source>
        <translation>cada peso uma vez ({allowed})</translation>
    </message>
    <message>
        <source>the same as plate {number}</source>
        <translation>igual à anilha {number}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>no máximo {most} passos</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>⚠ {field}: {problem}. Allowed: {allowed}.</source>
        <translation>⚠ {field}: {problem}. Permitido: {allowed}.</translation>
    </message>
</context>
<context>
    <name>LogEditing</name>
    <message>
        <source>no set with id {id} in the training log</source>
        <translation>nenhuma série com id {id} no registro de treino</translation>
    </message>
    <message>
        <source>the set with id {id} belongs to no session</source>
        <translation>a série com id {id} não pertence a nenhuma sessão</translation>
    </message>
</context>
<context>
    <name>LogEntry</name>
    <message>
        <source>Keep  (Enter)</source>
        <translation>Manter  (Enter)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Salvar  (Enter)</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Série {number} de {sets}</translation>
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
        <translation>{set}: parcial</translation>
    </message>
    <message>
        <source>{set} partial</source>
        <translation>{set} parcial</translation>
    </message>
    <message>
        <source>{set} logged</source>
        <translation>{set} registrada</translation>
    </message>
    <message>
        <source>Set logged</source>
        <translation>Série registrada</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Pular  (Esc)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> de {planned}</translation>
    </message>
    <message>
        <source>Set {number} kept its first values: {error}</source>
        <translation>A série {number} manteve os valores iniciais: {error}</translation>
    </message>
</context>
<context>
    <name>LogOpening</name>
    <message>
        <source>the file is damaged (SQLite&apos;s report of it is not readable text)</source>
        <translation>o arquivo está danificado (o relatório do SQLite sobre ele não é texto legível)</translation>
    </message>
    <message>
        <source>another program is writing to it ({detail})</source>
        <translation>outro programa está gravando nele ({detail})</translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation>o disco está cheio ({detail})</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({detail})</source>
        <translation>não foi possível ler ou gravar no disco ({detail})</translation>
    </message>
    <message>
        <source>it cannot be written in its folder ({detail})</source>
        <translation>não é possível gravar na pasta dele ({detail})</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>o arquivo está danificado ({detail})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: {problem}</source>
        <translation>o registro de treino {path} não pode ser usado agora: {problem}</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}). It was moved to {aside} in the same folder and a new log was started; nothing was deleted.</source>
        <translation>Não foi possível ler o registro de treino {path} ({reason}). Ele foi movido para {aside} na mesma pasta e um registro novo foi iniciado; nada foi apagado.</translation>
    </message>
    <message>
        <source>cannot start a new training log at {path}: {problem}</source>
        <translation>não é possível iniciar um registro de treino novo em {path}: {problem}</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: SQLite cannot keep a write-ahead log in its folder (journal mode {mode})</source>
        <translation>o registro de treino {path} não pode ser usado agora: o SQLite não consegue manter um log de escrita antecipada (WAL) na pasta dele (modo de journal {mode})</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>integrity check: {report}</source>
        <translation>verificação de integridade: {report}</translation>
    </message>
    <message>
        <source>its header is damaged (bytes 18 and 19 are {first}, {second})</source>
        <translation>o cabeçalho dele está danificado (os bytes 18 e 19 são {first}, {second})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be read and cannot be moved aside: {reason}</source>
        <translation>o registro de treino {path} não pode ser lido nem movido: {reason}</translation>
    </message>
</context>
<context>
    <name>LogReading</name>
    <message>
        <source>the session with id {id}</source>
        <translation>a sessão com id {id}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de início</translation>
    </message>
    <message>
        <source>the set with id {id}: it belongs to no session; it is not shown</source>
        <translation>a série com id {id}: não pertence a nenhuma sessão; não é mostrada</translation>
    </message>
    <message>
        <source>the {count} set(s) of the session with id {id} are not shown</source>
        <translation>a(s) {count} série(s) da sessão com id {id} não são mostradas</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>não há nenhuma</translation>
    </message>
    <message>
        <source>no readable set with id {id} in the training log ({reason})</source>
        <translation>nenhuma série legível com id {id} no registro de treino ({reason})</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; e mais {count}</translation>
    </message>
    <message>
        <source>The training log {path} has {count} damaged value(s); the file was left as it is: {problems}.</source>
        <translation>O registro de treino {path} tem {count} valor(es) danificado(s); o arquivo foi deixado como está: {problems}.</translation>
    </message>
    <message>
        <source>set {number} of {session}</source>
        <translation>série {number} de {session}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <source>set number</source>
        <translation>número da série</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fim</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repetições</translation>
    </message>
    <message>
        <source>planned reps</source>
        <translation>repetições previstas</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>cadência</translation>
    </message>
    <message>
        <source>time under tension</source>
        <translation>tempo sob tensão</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>{where}: {problem}; it is not shown</source>
        <translation>{where}: {problem}; não é mostrado</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>o registro de treino</translation>
    </message>
    <message>
        <source>the session of {start}</source>
        <translation>a sessão de {start}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>{problem}; it is shown empty</source>
        <translation>{problem}; é mostrado vazio</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>falta o campo {field}</translation>
    </message>
    <message>
        <source>the {field} is missing; it is shown as {value}</source>
        <translation>falta o campo {field}; é mostrado como {value}</translation>
    </message>
    <message>
        <source>the {field} has bytes that are not text; they are shown as �</source>
        <translation>o campo {field} tem bytes que não são texto; eles aparecem como �</translation>
    </message>
    <message>
        <source>the {field} {value} is not a whole number, {low} or more</source>
        <translation>o campo {field} ({value}) não é um número inteiro, {low} ou mais</translation>
    </message>
    <message>
        <source>the {field} {value} is not a number, {low} or more</source>
        <translation>o campo {field} ({value}) não é um número, {low} ou mais</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>the {field} {value} is not 6 to 10 in half steps</source>
        <translation>o campo {field} ({value}) não está entre 6 e 10, de meio em meio ponto</translation>
    </message>
    <message>
        <source>the {field} {value} is not a date and time with its offset</source>
        <translation>o campo {field} ({value}) não é uma data e hora com o fuso horário</translation>
    </message>
    <message>
        <source>the {field} {value} is not one of {allowed}; it is shown as {default}</source>
        <translation>o campo {field} ({value}) não é um de {allowed}; é mostrado como {default}</translation>
    </message>
</context>
<context>
    <name>LogRecords</name>
    <message>
        <source>load: {value} is not allowed; allowed: 0 or more, or not logged</source>
        <translation>carga: {value} não é permitido; permitido: 0 ou mais, ou não registrada</translation>
    </message>
    <message>
        <source>reps: {value} is not allowed; allowed: a whole number, 0 or more</source>
        <translation>reps: {value} não é permitido; permitido: um número inteiro, 0 ou mais</translation>
    </message>
    <message>
        <source>RPE: {value} is not allowed; allowed: 6 to 10 in half steps, or none</source>
        <translation>RPE: {value} não é permitido; permitido: de 6 a 10, de meio em meio ponto, ou nenhum</translation>
    </message>
    <message>
        <source>unit: {value} is not allowed; allowed: kg or lb</source>
        <translation>unidade: {value} não é permitido; permitido: kg ou lb</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>its schema version {version} is not one ThrustTimer writes</source>
        <translation>a versão de esquema {version} dele não é uma que o ThrustTimer grava</translation>
    </message>
    <message>
        <source>the training log is at schema version {version}, this ThrustTimer knows up to {latest}: update ThrustTimer to open it</source>
        <translation>o registro de treino está na versão de esquema {version}, e este ThrustTimer conhece até a {latest}: atualiza o ThrustTimer para abrir</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>falta a tabela {table}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>falta a coluna {table}.{column}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is not defined as it was written</source>
        <translation>a coluna {table}.{column} não está definida como foi gravada</translation>
    </message>
</context>
<context>
    <name>LogWaiting</name>
    <message>
        <source>{count} set(s) kept while the training log could not be written are in it now.</source>
        <translation>{count} série(s) guardada(s) enquanto não dava para gravar no registro de treino já estão nele.</translation>
    </message>
    <message>
        <source>{count} set(s) recorded while the training log could not be written are not in it yet ({problem}); they are kept in {journal} and will be added later.</source>
        <translation>{count} série(s) gravada(s) enquanto não dava para gravar no registro de treino ainda não estão nele ({problem}); estão guardadas em {journal} e serão adicionadas depois.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skip rest</source>
        <translation>Fim descanso</translation>
    </message>
    <message>
        <source>End the rest now ({keys})</source>
        <translation>Termina o descanso agora ({keys})</translation>
    </message>
    <message>
        <source>Screen kept awake</source>
        <translation>Tela sempre ligada</translation>
    </message>
    <message>
        <source>Keys: Space · → · ← · Esc · F11</source>
        <translation>Teclas: Espaço · → · ← · Esc · F11</translation>
    </message>
    <message>
        <source>set up the next workout once this one is over (Esc stops it)</source>
        <translation>configura o próximo treino quando este acabar (Esc para este)</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Treino parado</translation>
    </message>
    <message>
        <source>Stop the workout? Press Esc again (or click Stop) to confirm</source>
        <translation>Parar o treino? Aperta Esc de novo (ou clica em Parar) para confirmar</translation>
    </message>
    <message>
        <source>waiting for a second Esc to confirm</source>
        <translation>esperando um segundo Esc para confirmar</translation>
    </message>
    <message>
        <source>the demo plays when no workout is running</source>
        <translation>a demo toca quando nenhum treino está em andamento</translation>
    </message>
    <message>
        <source>the set-up was cancelled</source>
        <translation>a configuração foi cancelada</translation>
    </message>
</context>
<context>
    <name>Mixer</name>
    <message>
        <source>overlaps a {kind} cue</source>
        <translation>se sobrepõe a um aviso do tipo {kind}</translation>
    </message>
</context>
<context>
    <name>NextCommand</name>
    <message>
        <source>Suggest today&apos;s load and reps for a workout from its sessions in the training log: double progression within the workout&apos;s rep range.</source>
        <translation>Sugere a carga e as reps de hoje para um treino a partir das sessões dele no registro de treino: dupla progressão dentro da faixa de repetições do treino.</translation>
    </message>
    <message>
        <source>exit codes: 0 done; 1 the training log could not be read; 2 bad options</source>
        <translation>códigos de saída: 0 concluído; 1 não foi possível ler o registro de treino; 2 opções inválidas</translation>
    </message>
    <message>
        <source>a built-in preset ({presets}) or one of yours, by name (default: the workout used last)</source>
        <translation>um modelo incluído ({presets}) ou um dos seus, pelo nome (padrão: o último treino usado)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostra um objeto JSON</translation>
    </message>
    <message>
        <source>{number} · {exercise} ({rule})</source>
        <translation>{number} · {exercise} ({rule})</translation>
    </message>
    <message>
        <source>Load: {loading}</source>
        <translation>Carga: {loading}</translation>
    </message>
    <message>
        <source>Plates: {loading}</source>
        <translation>Anilhas: {loading}</translation>
    </message>
    <message>
        <source>Warm-up: {sets} ({scheme})</source>
        <translation>Aquecimento: {sets} ({scheme})</translation>
    </message>
    <message>
        <source>one of {presets}; or one of yours: {yours}</source>
        <translation>um de {presets}; ou um dos seus: {yours}</translation>
    </message>
    <message>
        <source>one of {presets}</source>
        <translation>um de {presets}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>modelo desconhecido</translation>
    </message>
</context>
<context>
    <name>NextCueLabel</name>
    <message>
        <source>Next: “{words}” in {seconds} s</source>
        <translation>Próximo: “{words}” em {seconds} s</translation>
    </message>
    <message>
        <source>Next: a tone in {seconds} s</source>
        <translation>Próximo: um tom em {seconds} s</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Próximo aviso</translation>
    </message>
</context>
<context>
    <name>PhaseDisplay</name>
    <message>
        <source>Current phase</source>
        <translation>Fase atual</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the compiled timeline of a workout.</source>
        <translation>Mostra a sequência compilada de um treino.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostra um objeto JSON</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inspirar</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>expirar</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>segurar</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>contagem</translation>
    </message>
    <message>
        <source>tones</source>
        <translation>bipes</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencioso</translation>
    </message>
    <message>
        <source>  one rep: {tempo}</source>
        <translation>  uma rep: {tempo}</translation>
    </message>
    <message>
        <source>  total {total}, {tension} under tension, {segments} segments, {cues} cues ({mode} mode)</source>
        <translation>  total {total}, {tension} sob tensão, {segments} segmentos, {cues} avisos (modo {mode})</translation>
    </message>
    <message>
        <source>Cues, in words fitted to {source} (another voice or rate may pick others)</source>
        <translation>Avisos, com as palavras ajustadas a {source} (outra voz ou velocidade pode escolher outras)</translation>
    </message>
    <message>
        <source>a beep</source>
        <translation>um bipe</translation>
    </message>
    <message>
        <source>Each rest waits for Ready before its count-in; {seconds} s into a wait the coach says once: {words}. `run --headless` has no Ready key: its rests end on time and say the timed wording.</source>
        <translation>Cada descanso espera por Pronto antes da contagem; {seconds} s depois do início da espera o treinador diz uma vez: {words}. `run --headless` não tem a tecla Pronto: os descansos dele terminam na hora e usam a frase dos descansos cronometrados.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>set</source>
        <translation>sér.</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>resp.</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>at</source>
        <translation>em</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palavras</translation>
    </message>
    <message>
        <source>(tone tone)</source>
        <translation>(tom tone)</translation>
    </message>
    <message>
        <source>({tone} tone)</source>
        <translation>(tom {tone})</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>one of {allowed}</source>
        <translation>um de {allowed}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a tempo such as 3-1-X-1</source>
        <translation>uma cadência como 3-1-X-1</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>not valid Unicode text</source>
        <translation>texto Unicode inválido</translation>
    </message>
    <message>
        <source>a rep range and increment</source>
        <translation>uma faixa de repetições e um incremento</translation>
    </message>
    <message>
        <source>the plates of today&apos;s sets</source>
        <translation>as anilhas das séries de hoje</translation>
    </message>
    <message>
        <source>blocks of a workout</source>
        <translation>blocos de um treino</translation>
    </message>
    <message>
        <source>a plan field</source>
        <translation>um campo do plano</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>um objeto JSON</translation>
    </message>
    <message>
        <source>a plan of format {format} lists its blocks</source>
        <translation>um plano no formato {format} lista os blocos dele</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>um objeto com {fields}</translation>
    </message>
    <message>
        <source>{blocks}; {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{blocks}; {rest} s entre exercícios, preparação {lead_in} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, tempo {tempo}, rest {rest} s, lead-in {lead_in} s</source>
        <translation>{sets} × {reps}, cadência {tempo}, descanso {rest} s, preparação {lead_in} s</translation>
    </message>
    <message>
        <source>{single}, or {blocks} with a list of blocks</source>
        <translation>{single}, ou {blocks} com uma lista de blocos</translation>
    </message>
    <message>
        <source>a list of blocks</source>
        <translation>uma lista de blocos</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>workout</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>Start from a preset or a plan file; each option given overrides it.</source>
        <translation>Parte de um modelo ou de um arquivo de plano; cada opção informada substitui o valor dele.</translation>
    </message>
    <message>
        <source>one of: {presets}</source>
        <translation>um de: {presets}</translation>
    </message>
    <message>
        <source>a plan saved as JSON</source>
        <translation>um plano salvo como JSON</translation>
    </message>
    <message>
        <source>E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)</source>
        <translation>E-P-C-P: excêntrica, pausa embaixo, concêntrica, pausa em cima (3-1-X-1, 31X1, 2.5-0-1-1)</translation>
    </message>
    <message>
        <source>{preset} and {plan_file}: give one or the other</source>
        <translation>{preset} e {plan_file}: usa um ou outro</translation>
    </message>
    <message>
        <source>{flag}: cannot read {path}: {reason}</source>
        <translation>{flag}: não foi possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{flag} {path}: {problem}</source>
        <translation>{flag} {path}: {problem}</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: não foi possível gravar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>How many sets</source>
        <translation>Quantas séries</translation>
    </message>
    <message>
        <source>Reps in each set (each side of a one-sided exercise)</source>
        <translation>Repetições em cada série (cada lado, num exercício unilateral)</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre séries, em segundos</translation>
    </message>
    <message>
        <source>Time to change sides between the two sides of a set</source>
        <translation>Tempo para trocar de lado entre os dois lados de uma série</translation>
    </message>
    <message>
        <source>Time to get under the bar before the first set</source>
        <translation>Tempo para se posicionar embaixo da barra antes da primeira série</translation>
    </message>
    <message>
        <source>Rest between one exercise and the next</source>
        <translation>Descanso entre um exercício e o próximo</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Esquerda primeiro</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Direita primeiro</translation>
    </message>
    <message>
        <source>The fewest reps a work set should reach at a load</source>
        <translation>O mínimo de reps que uma série de trabalho deve atingir com uma carga</translation>
    </message>
    <message>
        <source>Once every work set reaches this, the load goes up</source>
        <translation>Quando todas as séries de trabalho chegarem a isto, a carga sobe</translation>
    </message>
    <message>
        <source>How much the load goes up at a time</source>
        <translation>Quanto a carga sobe de cada vez</translation>
    </message>
    <message>
        <source>{low} to {high} reps</source>
        <translation>{low} a {high} reps</translation>
    </message>
    <message>
        <source>+ {increment} {unit}</source>
        <translation>+ {increment} {unit}</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>The exercise of the block selected above</source>
        <translation>O exercício do bloco selecionado acima</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primeiro lado</translation>
    </message>
    <message>
        <source>Cue mode</source>
        <translation>Modo dos avisos</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Advance when ready: end each rest on my command</source>
        <translation>Avançar quando eu estiver pronto: cada descanso termina quando eu mandar</translation>
    </message>
    <message>
        <source>The rest waits for you (Space or a clicker) instead of ending on the clock</source>
        <translation>O descanso espera por você (Espaço ou um controle) em vez de terminar pelo relógio</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unidade do incremento</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Faixa de repetições</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incremento</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problema</translation>
    </message>
    <message>
        <source>Reps each side</source>
        <translation>Reps por lado</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Exercício {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Plates</name>
    <message>
        <source>a list of at most {most} plate weights</source>
        <translation>uma lista de no máximo {most} pesos de anilha</translation>
    </message>
    <message>
        <source>plate weights with their pairs</source>
        <translation>pesos de anilha com os pares</translation>
    </message>
    <message>
        <source>each weight once in the list ({allowed})</source>
        <translation>cada peso uma vez na lista ({allowed})</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>unit, bar, collar or plates</source>
        <translation>unit, bar, collar ou plates</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>collars {collar} each</source>
        <translation>presilhas de {collar} cada</translation>
    </message>
    <message>
        <source>no collars</source>
        <translation>sem presilhas</translation>
    </message>
    <message>
        <source>Bar {bar}, {collars}; plates in pairs: {plates}</source>
        <translation>Barra {bar}, {collars}; anilhas em pares: {plates}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>an object with unit, bar, collar, plates</source>
        <translation>um objeto com unit, bar, collar, plates</translation>
    </message>
    <message>
        <source>a list of plate weights with their pairs</source>
        <translation>uma lista de pesos de anilha com os pares</translation>
    </message>
    <message>
        <source>at most {most} plate weights</source>
        <translation>no máximo {most} pesos de anilha</translation>
    </message>
    <message>
        <source>a plate weight with its pairs</source>
        <translation>um peso de anilha com os pares</translation>
    </message>
    <message>
        <source>{allowed}, in steps of {step}</source>
        <translation>{allowed}, em incrementos de {step}</translation>
    </message>
</context>
<context>
    <name>PlatesCommand</name>
    <message>
        <source>exit codes: 0 the load can be made; 1 it cannot (the nearest load is shown, and which way it was rounded); 2 bad options</source>
        <translation>códigos de saída: 0 a carga pode ser montada; 1 não pode (é mostrada a carga mais próxima e para que lado foi arredondada); 2 opções inválidas</translation>
    </message>
    <message>
        <source>Print the plates to put on each side of the bar for a load, with the plates saved in the settings (a commercial gym&apos;s, until you change them).</source>
        <translation>Mostra as anilhas a colocar de cada lado da barra para uma carga, com as anilhas salvas nas configurações (as de uma academia comum, até você mudar).</translation>
    </message>
    <message>
        <source>the load on the bar, such as 142.5</source>
        <translation>a carga na barra, como 142.5</translation>
    </message>
    <message>
        <source>kg or lb (default: the unit of your plates)</source>
        <translation>kg ou lb (padrão: a unidade das suas anilhas)</translation>
    </message>
    <message>
        <source>{load} is {converted} (your plates are in {unit}).</source>
        <translation>{load} são {converted} (suas anilhas estão em {unit}).</translation>
    </message>
    <message>
        <source>Your plates: {plates}.</source>
        <translation>Suas anilhas: {plates}.</translation>
    </message>
</context>
<context>
    <name>PlatesLine</name>
    <message>
        <source>Plates</source>
        <translation>Anilhas</translation>
    </message>
</context>
<context>
    <name>PlatesPanel</name>
    <message>
        <source>Plate {number}</source>
        <translation>Anilha {number}</translation>
    </message>
    <message>
        <source>One plate&apos;s weight</source>
        <translation>O peso de uma anilha</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Pares da anilha {number}</translation>
    </message>
    <message>
        <source>pairs</source>
        <comment>after the number of pairs</comment>
        <translation>pares</translation>
    </message>
    <message>
        <source>How many pairs of this plate: one goes on each side</source>
        <translation>Quantos pares desta anilha: uma vai de cada lado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Leave this plate out</source>
        <translation>Deixa esta anilha de fora</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Anilhas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Default {unit} gym</source>
        <translation>Academia padrão em {unit}</translation>
    </message>
    <message>
        <source>A commercial gym&apos;s bar and plates in {unit}</source>
        <translation>A barra e as anilhas de uma academia comum em {unit}</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>The empty bar (0 for a landmine or a handle)</source>
        <translation>A barra vazia (0 para landmine ou pegador)</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Presilha</translation>
    </message>
    <message>
        <source>One collar (0 for spring clips); both go on</source>
        <translation>Uma presilha (0 para presilhas de mola); vão as duas</translation>
    </message>
    <message>
        <source>Collars, each</source>
        <translation>Presilhas, cada</translation>
    </message>
    <message>
        <source>Add a plate</source>
        <translation>Adicionar anilha</translation>
    </message>
    <message>
        <source>Another plate weight (1.25 kg change plates…)</source>
        <translation>Outro peso de anilha (anilhas de 1,25 kg…)</translation>
    </message>
    <message>
        <source>Plates: problem</source>
        <translation>Anilhas: problema</translation>
    </message>
    <message>
        <source>Plates you have, heaviest first</source>
        <translation>As anilhas que você tem, da mais pesada para a mais leve</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <source>Workouts</source>
        <translation>Treinos</translation>
    </message>
    <message>
        <source>Workout presets</source>
        <translation>Modelos de treino</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Save the workout shown as a new preset of yours</source>
        <translation>Salva o treino mostrado como um modelo novo seu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected preset to edit it</source>
        <translation>Copia o modelo selecionado para editar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Rename the selected preset of yours</source>
        <translation>Renomeia o seu modelo selecionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected preset of yours</source>
        <translation>Exclui o seu modelo selecionado</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Store the values shown in the selected preset of yours</source>
        <translation>Guarda os valores mostrados no seu modelo selecionado</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a preset from a JSON plan file</source>
        <translation>Adiciona um modelo a partir de um arquivo de plano JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the workout shown as a JSON file</source>
        <translation>Salva o treino mostrado como arquivo JSON</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluídos</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seus</translation>
    </message>
    <message>
        <source>Yours (none yet)</source>
        <translation>Seus (nenhum ainda)</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed: duplicate it first</source>
        <translation>Modelos incluídos não podem ser renomeados: duplica primeiro</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted</source>
        <translation>Modelos incluídos não podem ser excluídos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Could not create the preset: {reason}. Nothing was changed.</source>
        <translation>Não foi possível criar o modelo: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not duplicate the preset: {reason}. Nothing was changed.</source>
        <translation>Não foi possível duplicar o modelo: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renomear modelo</translation>
    </message>
    <message>
        <source>Could not rename the preset: {reason}. Nothing was changed.</source>
        <translation>Não foi possível renomear o modelo: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not save the preset: {reason}. Nothing was changed.</source>
        <translation>Não foi possível salvar o modelo: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete your preset “{name}”? This cannot be undone.</source>
        <translation>Excluir o seu modelo “{name}”? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Could not delete the preset: {reason}. Nothing was changed.</source>
        <translation>Não foi possível excluir o modelo: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Import a workout</source>
        <translation>Importar um treino</translation>
    </message>
    <message>
        <source>Workout plans (*.json);;All files (*)</source>
        <translation>Planos de treino (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>“{name}” importado de {file}.</translation>
    </message>
    <message>
        <source>Export the workout</source>
        <translation>Exportar o treino</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Não foi possível exportar para {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>“{name}” exportado para {path}.</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}. Nothing was changed.</source>
        <translation>Não foi possível importar {file}: {reason}. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Glute day A</source>
        <translation>Dia de glúteo A</translation>
    </message>
    <message>
        <source>A whole glute session: hip thrusts 4 × 8–12, B-stance 3 × 10 each side, frog pumps.</source>
        <translation>Uma sessão completa de glúteo: elevação pélvica 4 × 8–12, B-stance 3 × 10 por lado, frog pumps.</translation>
    </message>
    <message>
        <source>Glute day B</source>
        <translation>Dia de glúteo B</translation>
    </message>
    <message>
        <source>A whole glute session: glute bridges 4 × 10–15, single-leg 3 × 10 each side, frog pumps.</source>
        <translation>Uma sessão completa de glúteo: ponte de glúteo 4 × 10–15, unilateral 3 × 10 por lado, frog pumps.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (modificado)</translation>
    </message>
    <message>
        <source>Heavy strength</source>
        <translation>Força pesada</translation>
    </message>
    <message>
        <source>Heavy triples to fives: explosive lift, a one-second lockout, long rests.</source>
        <translation>Séries pesadas de três a cinco reps: subida explosiva, um segundo de extensão completa lá em cima, descansos longos.</translation>
    </message>
    <message>
        <source>Hypertrophy squeeze</source>
        <translation>Hipertrofia com contração</translation>
    </message>
    <message>
        <source>Moderate load for 10: a two-second squeeze at the top of every rep.</source>
        <translation>Carga moderada para 10: dois segundos de contração no alto de cada rep.</translation>
    </message>
    <message>
        <source>Slow eccentric</source>
        <translation>Excêntrica lenta</translation>
    </message>
    <message>
        <source>Four seconds down and a dead stop at the bottom: time under tension.</source>
        <translation>Quatro segundos descendo e parada total embaixo: tempo sob tensão.</translation>
    </message>
    <message>
        <source>Light warm-up</source>
        <translation>Aquecimento leve</translation>
    </message>
    <message>
        <source>An empty or light bar before the work sets: groove the lockout.</source>
        <translation>Barra vazia ou leve antes das séries de trabalho: fixa o padrão da extensão completa.</translation>
    </message>
    <message>
        <source>Paused reps</source>
        <translation>Reps com pausa</translation>
    </message>
    <message>
        <source>A three-second hold at the top and a brace at the bottom: own the lockout.</source>
        <translation>Três segundos segurando em cima e tensão embaixo: domina a extensão completa.</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>um de {allowed}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>modelo desconhecido</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the built-in presets.</source>
        <translation>Lista os modelos incluídos.</translation>
    </message>
    <message>
        <source>print the presets as plans in JSON</source>
        <translation>mostra os modelos como planos em JSON</translation>
    </message>
    <message>
        <source>{exercise} each side</source>
        <translation>{exercise} por lado</translation>
    </message>
    <message>
        <source>
* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top squeeze.
A whole session&apos;s rest is the rest between its blocks (exercises); each block has its own below it.</source>
        <translation>
* o padrão. A cadência é E-P-C-P: descida, pausa embaixo, subida (X = explosiva), contração em cima.
O descanso de uma sessão completa é o descanso entre os blocos dela (exercícios); cada bloco tem o seu logo abaixo.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>reps</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>cadência</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>preparo</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>about</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloco</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} blocos</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>No session of this workout in the log yet: choose a load you can lift for {reps} reps.</source>
        <translation>Ainda não há nenhuma sessão deste treino no registro: escolhe uma carga que você consiga levantar por {reps} reps.</translation>
    </message>
    <message>
        <source>First time: choose a load you can lift for {reps} reps.</source>
        <translation>Primeira vez: escolhe uma carga para {reps} reps.</translation>
    </message>
    <message>
        <source>Two sessions in a row below {reps} reps: take {percent} % off.</source>
        <translation>Duas sessões seguidas abaixo de {reps} reps: tira {percent} %.</translation>
    </message>
    <message>
        <source>Every set reached {reps} at RPE {rpe} or less</source>
        <translation>Todas as séries chegaram a {reps} com RPE {rpe} ou menos</translation>
    </message>
    <message>
        <source>Every set reached {reps}</source>
        <translation>Todas as séries chegaram a {reps}</translation>
    </message>
    <message>
        <source>{reached}, but {load} is the most your plates make.</source>
        <translation>{reached}, mas {load} é o máximo que dá para montar com as suas anilhas.</translation>
    </message>
    <message>
        <source>{reached}: add {increment} (your plates make +{added}).</source>
        <translation>{reached}: aumenta {increment} (com as suas anilhas, +{added}).</translation>
    </message>
    <message>
        <source>{reached}: add {increment}.</source>
        <translation>{reached}: aumenta {increment}.</translation>
    </message>
    <message>
        <source>Every set reached {reps}, but RPE {rpe} is above {most}: keep the load.</source>
        <translation>Todas as séries chegaram a {reps}, mas o RPE {rpe} passa de {most}: mantém a carga.</translation>
    </message>
    <message>
        <source>Not every set reached {reps}: keep the load and aim for {aim}.</source>
        <translation>Nem todas as séries chegaram a {reps}: mantém a carga e busca {aim}.</translation>
    </message>
    <message>
        <source>{load} (the nearest your plates make)</source>
        <translation>{load} (o mais próximo que dá para montar com as suas anilhas)</translation>
    </message>
    <message>
        <source>Last time: {summary}.</source>
        <translation>Última vez: {summary}.</translation>
    </message>
    <message>
        <source>Today: {load} × {reps}.</source>
        <translation>Hoje: {load} × {reps}.</translation>
    </message>
    <message>
        <source>{sets} at {load}</source>
        <translation>{sets} com {load}</translation>
    </message>
    <message>
        <source>{sets} at {load}, RPE {rpe}</source>
        <translation>{sets} com {load}, RPE {rpe}</translation>
    </message>
    <message>
        <source>6 to 10 in half steps</source>
        <translation>de 6 a 10, de meio em meio ponto</translation>
    </message>
    <message>
        <source>rep range</source>
        <translation>faixa de repetições</translation>
    </message>
    <message>
        <source>a bottom no higher than the top, such as 8–12</source>
        <translation>um mínimo não maior que o máximo, como 8–12</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>um objeto com {fields}</translation>
    </message>
    <message>
        <source>progression fields: {fields}</source>
        <translation>campos de progressão: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>{reps} rep, +{increment} {unit}</source>
        <translation>{reps} rep, +{increment} {unit}</translation>
    </message>
    <message>
        <source>{reps} reps, +{increment} {unit}</source>
        <translation>{reps} reps, +{increment} {unit}</translation>
    </message>
</context>
<context>
    <name>PulseFeed</name>
    <message>
        <source>cues</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>key sounds</source>
        <translation>sons das teclas</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>o servidor de som parou: o treino continua em silêncio</translation>
    </message>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>nenhuma saída de áudio: o treino continua sem som</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: agora tocando em {output}</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>o som voltou em {output}</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>a saída de áudio mudou</translation>
    </message>
</context>
<context>
    <name>ReadingFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it is a device or pipe, not a regular file</source>
        <translation>é um dispositivo ou pipe, não um arquivo comum</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} is not)</source>
        <translation>não é texto UTF-8 (o byte {byte} não é)</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} bytes</translation>
    </message>
    <message>
        <source>it is larger than {size}, the most allowed</source>
        <translation>é maior que {size}, o máximo permitido</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Training log: set {number} was not saved ({problem})</source>
        <translation>Registro de treino: a série {number} não foi salva ({problem})</translation>
    </message>
    <message>
        <source>Training log: {notice}</source>
        <translation>Registro de treino: {notice}</translation>
    </message>
    <message>
        <source>Training log: {sets} could not be saved yet ({problem}) nor kept beside the log ({journal_problem}); ThrustTimer keeps trying.</source>
        <translation>Registro de treino, {sets}: ainda não foi possível salvar ({problem}) nem guardar junto ao registro ({journal_problem}); o ThrustTimer continua tentando.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} is kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Registro de treino: o arquivo do registro está danificado ({problem}); a {sets} fica guardada em {journal} e vai para um registro novo na próxima vez que o ThrustTimer abrir.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} are kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Registro de treino: o arquivo do registro está danificado ({problem}); as {sets} ficam guardadas em {journal} e vão para um registro novo na próxima vez que o ThrustTimer abrir.</translation>
    </message>
    <message>
        <source>Training log: {sets} of this session are not in the log yet ({problem}); they are kept in {journal} and will be added the next time ThrustTimer opens the log.</source>
        <translation>Registro de treino, {sets} desta sessão: ainda fora do registro ({problem}); os dados ficam guardados em {journal} e serão adicionados na próxima vez que o ThrustTimer abrir o registro.</translation>
    </message>
    <message>
        <source>Training log: {sets} were not saved ({problem}), and could not be kept beside the log either ({journal_problem}).</source>
        <translation>Registro de treino, {sets}: não salvas ({problem}), e também não foi possível guardar junto ao registro ({journal_problem}).</translation>
    </message>
    <message>
        <source>Training log: {sets} are not saved yet ({problem}); ThrustTimer keeps them and tries again with the next session, and as it closes.</source>
        <translation>Registro de treino, {sets}: ainda não salvas ({problem}); o ThrustTimer guarda os dados e tenta de novo na próxima sessão e ao fechar.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>série {number}</translation>
    </message>
    <message>
        <source>sets {numbers} and {last}</source>
        <translation>séries {numbers} e {last}</translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message>
        <source>Voice ready: {ready} of {total} phrases</source>
        <translation>Voz pronta: {ready} de {total} frases</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total} “{phrase}”</source>
        <translation>Preparando a voz: {done}/{total} “{phrase}”</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total}</source>
        <translation>Preparando a voz: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>o processo de voz travou (código de saída {code})</translation>
    </message>
    <message>
        <source>the speech worker hung starting</source>
        <translation>o processo de voz travou ao iniciar</translation>
    </message>
    <message>
        <source>the speech worker hung on “{phrase}”</source>
        <translation>o processo de voz travou em “{phrase}”</translation>
    </message>
    <message>
        <source>the speech worker could not start ({error})</source>
        <translation>o processo de voz não conseguiu iniciar ({error})</translation>
    </message>
    <message>
        <source>Speech engine: {notice}</source>
        <translation>Sintetizador de voz: {notice}</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The app&apos;s icons are missing from this installation (no compiled resources); reinstall ThrustTimer to get them back.</source>
        <translation>Os ícones do app estão faltando nesta instalação (sem recursos compilados); reinstala o ThrustTimer para recuperá-los.</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be compiled: {error}</source>
        <translation>Não foi possível compilar os ícones do app: {error}</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be loaded from {path}.</source>
        <translation>Não foi possível carregar os ícones do app de {path}.</translation>
    </message>
</context>
<context>
    <name>RestScreen</name>
    <message>
        <source>Next set: {plates}</source>
        <translation>Próxima série: {plates}</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Próxima série</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Anilhas</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperando você</translation>
    </message>
    <message>
        <source>Take your time: the next set starts when you press Space, Enter or your clicker</source>
        <translation>Sem pressa: a próxima série começa quando você apertar Espaço, Enter ou o controle</translation>
    </message>
    <message>
        <source>Form point</source>
        <translation>Dica de técnica</translation>
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
        <translation>Roda um treino com voz e tons. --headless: sem janela, uma linha de progresso no terminal. Sem janela não existe a tecla Pronto: cada descanso termina sozinho, na hora.</translation>
    </message>
    <message>
        <source>no window (needed for now)</source>
        <translation>sem janela (obrigatório por enquanto)</translation>
    </message>
    <message>
        <source>write what happens as JSON lines</source>
        <translation>grava o que acontece como linhas JSON</translation>
    </message>
    <message>
        <source>record each completed set in the training log with this load (0 to 1000 kg); a workout of several exercises takes one a exercise, in order (100,60,0)</source>
        <translation>registra cada série concluída no registro de treino com esta carga (de 0 a 1000 kg); um treino de vários exercícios leva uma por exercício, em ordem (100,60,0)</translation>
    </message>
    <message>
        <source>extra output latency to make up for, such as a Bluetooth headset&apos;s (-500 to 500 ms; default: the saved setting)</source>
        <translation>latência de saída extra a compensar, como a de um fone Bluetooth (de -500 a 500 ms; padrão: a configuração salva)</translation>
    </message>
    <message>
        <source>only --headless is available yet; `thrusttimer [plan options]` opens the window</source>
        <translation>por enquanto só --headless está disponível; `thrusttimer [opções do plano]` abre a janela</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercise; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} cargas não é permitido para um treino de {blocks} exercício; permitido: uma carga por exercício, em ordem, separadas por vírgulas</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercises; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} cargas não é permitido para um treino de {blocks} exercícios; permitido: uma carga por exercício, em ordem, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped</source>
        <translation>Treino concluído: {played} avisos tocados, {dropped} perdidos</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Treino concluído: {played} avisos tocados, {dropped} perdidos (sem som)</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped</source>
        <translation>Parado: {played} avisos tocados, {dropped} perdidos</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Parado: {played} avisos tocados, {dropped} perdidos (sem som)</translation>
    </message>
    <message>
        <source>Latency offset: cues play {offset} ms early</source>
        <translation>Compensação de latência: os avisos tocam {offset} ms antes</translation>
    </message>
    <message>
        <source>Stopped before the workout started</source>
        <translation>Parado antes de o treino começar</translation>
    </message>
    <message>
        <source>Logged set {number}: {load} kg × {reps}</source>
        <translation>Série {number} registrada: {load} kg × {reps}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the plan has nothing to run</source>
        <translation>o plano não tem nada para rodar</translation>
    </message>
    <message>
        <source>a rest cannot be longer than {most} minutes</source>
        <translation>um descanso não pode passar de {most} minutos</translation>
    </message>
    <message>
        <source>the next set is already counting in</source>
        <translation>a próxima série já está na contagem</translation>
    </message>
    <message>
        <source>the session has already started</source>
        <translation>a sessão já começou</translation>
    </message>
    <message>
        <source>the session is not running</source>
        <translation>a sessão não está em andamento</translation>
    </message>
    <message>
        <source>the session is over</source>
        <translation>a sessão acabou</translation>
    </message>
    <message>
        <source>cannot pause: the session has not started</source>
        <translation>não dá para pausar: a sessão não começou</translation>
    </message>
    <message>
        <source>cannot pause: the session is already paused</source>
        <translation>não dá para pausar: a sessão já está pausada</translation>
    </message>
    <message>
        <source>cannot pause: the session is over</source>
        <translation>não dá para pausar: a sessão acabou</translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation>a sessão não está pausada</translation>
    </message>
    <message>
        <source>there is no rest to skip: the session is not resting</source>
        <translation>não há descanso para pular: a sessão não está em descanso</translation>
    </message>
    <message>
        <source>only a rest can be made longer or shorter: the session is not resting</source>
        <translation>só um descanso pode ser alongado ou encurtado: a sessão não está em descanso</translation>
    </message>
    <message>
        <source>there is no rest to end: the session is not resting</source>
        <translation>não há descanso para terminar: a sessão não está em descanso</translation>
    </message>
    <message>
        <source>there is no set in progress to restart</source>
        <translation>não há nenhuma série em andamento para recomeçar</translation>
    </message>
    <message>
        <source>there is no rep in progress to restart</source>
        <translation>não há nenhuma rep em andamento para recomeçar</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Edit set…  (Enter)</source>
        <translation>Editar série…  (Enter)</translation>
    </message>
    <message>
        <source>Delete set  (Del)</source>
        <translation>Excluir série  (Del)</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Desfazer  (Ctrl+Z)</translation>
    </message>
    <message>
        <source> · {minutes} min</source>
        <translation> · {minutes} min</translation>
    </message>
    <message>
        <source>Nothing changed: {error}</source>
        <translation>Nada foi alterado: {error}</translation>
    </message>
    <message>
        <source>That set cannot be edited: {error}</source>
        <translation>Essa série não pode ser editada: {error}</translation>
    </message>
</context>
<context>
    <name>SetEditor</name>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise}</source>
        <translation>Editar série {number}: {exercise}</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise} · {side}</source>
        <translation>Editar série {number}: {exercise} · {side}</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> de {planned}</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SetSpecs</name>
    <message>
        <source>Warm-up {number} of {sets}, left side</source>
        <translation>Aquecimento {number} de {sets}, lado esquerdo</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}, right side</source>
        <translation>Aquecimento {number} de {sets}, lado direito</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}</source>
        <translation>Aquecimento {number} de {sets}</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, left side</source>
        <translation>Série {number} de {sets}, lado esquerdo</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, right side</source>
        <translation>Série {number} de {sets}, lado direito</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Série {number} de {sets}</translation>
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
        <translation>Seu arquivo de configurações {path} {problem} e não pôde ser movido ({reason}); o ThrustTimer está usando as configurações padrão e não vai conseguir salvá-las.</translation>
    </message>
    <message>
        <source>Your settings file {path} {problem}. It was kept as {aside} and ThrustTimer started with the default settings.</source>
        <translation>Seu arquivo de configurações {path} {problem}. Ele foi guardado como {aside} e o ThrustTimer iniciou com as configurações padrão.</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>um plano JSON</translation>
    </message>
    <message>
        <source>The last workout could not be restored ({problem}); starting from “{name}” instead.</source>
        <translation>Não foi possível restaurar o último treino ({problem}); começando com “{name}”.</translation>
    </message>
    <message>
        <source>Some voice settings were reset to their defaults: {problems}.</source>
        <translation>Algumas configurações de voz voltaram ao padrão: {problems}.</translation>
    </message>
    <message>
        <source>The settings file was copied to {file}.</source>
        <translation>O arquivo de configurações foi copiado para {file}.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>uma lista JSON</translation>
    </message>
    <message>
        <source>Some plate settings were reset to their defaults: {problems}.</source>
        <translation>Algumas configurações de anilhas voltaram ao padrão: {problems}.</translation>
    </message>
    <message>
        <source>a JSON warm-up scheme</source>
        <translation>um esquema de aquecimento JSON</translation>
    </message>
    <message>
        <source>The warm-up could not be restored ({problem}); using the default warm-up ({scheme}) instead.</source>
        <translation>Não foi possível restaurar o aquecimento ({problem}); usando o aquecimento padrão ({scheme}).</translation>
    </message>
    <message>
        <source>Settings could not be saved: the file {problem}.</source>
        <translation>Não foi possível salvar as configurações: o arquivo {problem}.</translation>
    </message>
    <message>
        <source>could not be read or written</source>
        <translation>não pôde ser lido ou gravado</translation>
    </message>
    <message>
        <source>is damaged (it is larger than {megabytes} MB)</source>
        <translation>está danificado (é maior que {megabytes} MB)</translation>
    </message>
    <message>
        <source>is damaged (byte {byte} is not UTF-8 text)</source>
        <translation>está danificado (o byte {byte} não é texto UTF-8)</translation>
    </message>
    <message>
        <source>is damaged (it is empty or was cut short: its last line is unfinished)</source>
        <translation>está danificado (está vazio ou foi cortado: a última linha está incompleta)</translation>
    </message>
    <message>
        <source>is damaged (line {line} holds a control character)</source>
        <translation>está danificado (a linha {line} contém um caractere de controle)</translation>
    </message>
    <message>
        <source>is damaged (line {line} is neither a [section] nor a key=value line)</source>
        <translation>está danificado (a linha {line} não é nem uma [seção] nem uma linha chave=valor)</translation>
    </message>
    <message>
        <source>is damaged (it has no format line; it may have been cut short)</source>
        <translation>está danificado (não tem linha de formato; pode ter sido cortado)</translation>
    </message>
    <message>
        <source>was written by another version of ThrustTimer (format {found}; this one reads format {format})</source>
        <translation>foi gravado por outra versão do ThrustTimer (formato {found}; esta lê o formato {format})</translation>
    </message>
    <message>
        <source>is damaged (not a valid settings file)</source>
        <translation>está danificado (não é um arquivo de configurações válido)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the workout</source>
        <translation>Configurar o treino</translation>
    </message>
    <message>
        <source>Fix {problem}</source>
        <comment>room for the reason</comment>
        <translation>Corrige {problem}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start this workout</source>
        <translation>Inicia este treino</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields}</source>
        <translation>Não dá para iniciar: confere {fields}</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>one more</comment>
        <translation>Não dá para iniciar: confere {fields} e mais {count}</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>several</comment>
        <translation>Não dá para iniciar: confere {fields} e mais {count}</translation>
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
        <translation>Reps</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Cadência</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidade da fala</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Latency offset</source>
        <translation>Compensação de latência</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rep range (bottom)</source>
        <translation>Faixa de reps (mínimo)</translation>
    </message>
    <message>
        <source>Rep range (top)</source>
        <translation>Faixa de reps (máximo)</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Faixa de reps</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incremento</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unidade do incremento</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troca de lado</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primeiro lado</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre exercícios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Presilha</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Anilha</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Anilhas</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Full coaching (phases, breathing, counts, tips)</source>
        <translation>Orientação completa (fases, respiração, contagem, dicas)</translation>
    </message>
    <message>
        <source>Breathing words only</source>
        <translation>Só a respiração</translation>
    </message>
    <message>
        <source>Rep counts only</source>
        <translation>Só a contagem de reps</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Só tons, sem palavras</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencioso</translation>
    </message>
    <message>
        <source>not ready: fix the fields marked ⚠</source>
        <translation>não está pronto: corrige os campos marcados com ⚠</translation>
    </message>
    <message>
        <source>the bottom is above the top</source>
        <translation>o mínimo está acima do máximo</translation>
    </message>
    <message>
        <source>Plate {number}</source>
        <translation>Anilha {number}</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Pares da anilha {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number}</source>
        <translation>Etapa de aquecimento {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} percent</source>
        <translation>Porcentagem da etapa de aquecimento {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} reps</source>
        <translation>Reps da etapa de aquecimento {number}</translation>
    </message>
    <message>
        <source>{field} of block {number} ({exercise})</source>
        <translation>{field} do bloco {number} ({exercise})</translation>
    </message>
    <message>
        <source>Allowed: {allowed}.</source>
        <translation>Permitido: {allowed}.</translation>
    </message>
    <message>
        <source>{problem}. Allowed: {allowed}.</source>
        <translation>{problem}. Permitido: {allowed}.</translation>
    </message>
    <message>
        <source>Fix {field} to start: {problem}</source>
        <translation>Corrige {field} para iniciar: {problem}</translation>
    </message>
    <message>
        <source>{exercises} exercises, {sets} sets, {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{exercises} exercícios, {sets} séries, {rest} s entre exercícios, preparação {lead_in} s</translation>
    </message>
</context>
<context>
    <name>SetupRows</name>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problema</translation>
    </message>
</context>
<context>
    <name>SideView</name>
    <message>
        <source>Side view of the hip thrust</source>
        <translation>Vista lateral da elevação pélvica</translation>
    </message>
    <message>
        <source>Side view of the {exercise}</source>
        <translation>Vista lateral: {exercise}</translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>nenhuma saída de áudio: o treino continua sem som</translation>
    </message>
    <message>
        <source>cannot open {output}: the workout goes on silently</source>
        <translation>não foi possível abrir {output}: o treino continua em silêncio</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>o som voltou em {output}</translation>
    </message>
    <message>
        <source>audio error {error}</source>
        <translation>erro de áudio {error}</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>travado</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>o servidor de som parou: o treino continua em silêncio</translation>
    </message>
    <message>
        <source>sound stopped ({reason})</source>
        <translation>o som parou ({reason})</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>a saída de áudio mudou</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: agora tocando em {output}</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>prove an installed or frozen build can draw, speak and play.</source>
        <translation>comprova que uma build instalada ou congelada consegue desenhar, falar e tocar som.</translation>
    </message>
    <message>
        <source>also save the rendered frame here</source>
        <translation>salva também aqui o quadro renderizado</translation>
    </message>
    <message>
        <source>skip speech and playback</source>
        <translation>pula a fala e a reprodução</translation>
    </message>
    <message>
        <source>speak with the speech engine, falling back to the bundled voice pack (default), or with the voice pack only</source>
        <translation>fala com o sintetizador de voz, recorrendo ao pacote de voz incluído (padrão), ou só com o pacote de voz</translation>
    </message>
    <message>
        <source>frozen, bundle {path}</source>
        <translation>congelada, pacote {path}</translation>
    </message>
    <message>
        <source>python package</source>
        <translation>pacote Python</translation>
    </message>
    <message>
        <source>build: {where}; Python {python}; PySide6 {pyside}</source>
        <translation>build: {where}; Python {python}; PySide6 {pyside}</translation>
    </message>
    <message>
        <source>voice pack: FAILED, missing or unreadable in {folder}</source>
        <translation>pacote de voz: FALHOU, ausente ou ilegível em {folder}</translation>
    </message>
    <message>
        <source>voice pack: {count} phrases, voice {voice}, in {folder}</source>
        <translation>pacote de voz: {count} frases, voz {voice}, em {folder}</translation>
    </message>
    <message>
        <source>modules: FAILED to import {failed} of {count}: {errors}</source>
        <translation>módulos: FALHA ao importar {failed} de {count}: {errors}</translation>
    </message>
    <message>
        <source>modules: imported all {count}</source>
        <translation>módulos: todos os {count} importados</translation>
    </message>
    <message>
        <source>worker process: FAILED, no answer in {seconds} s (exit {code})</source>
        <translation>processo auxiliar: FALHOU, sem resposta em {seconds} s (saída {code})</translation>
    </message>
    <message>
        <source>worker process: spawned and answered (exit {code})</source>
        <translation>processo auxiliar: iniciado e respondeu (saída {code})</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon found{notice}</source>
        <translation>recursos Qt: {source}, ícone do app encontrado{notice}</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon MISSING{notice}</source>
        <translation>recursos Qt: {source}, ícone do app AUSENTE{notice}</translation>
    </message>
    <message>
        <source>frame: FAILED, nothing rendered (platform {platform})</source>
        <translation>quadro: FALHOU, nada foi renderizado (plataforma {platform})</translation>
    </message>
    <message>
        <source>frame: {width}x{height} on {platform}, {colours} colours in a 64x48 sample</source>
        <translation>quadro: {width}x{height} em {platform}, {colours} cores numa amostra de 64x48</translation>
    </message>
    <message>
        <source>frame: saved {path}</source>
        <translation>quadro: salvo em {path}</translation>
    </message>
    <message>
        <source>frame: FAILED to save {path}</source>
        <translation>quadro: FALHA ao salvar {path}</translation>
    </message>
    <message>
        <source>audio: no output device; skipped (the app runs on, visual only)</source>
        <translation>áudio: nenhum dispositivo de saída; pulado (o app continua, só com imagem)</translation>
    </message>
    <message>
        <source>the voice was not ready</source>
        <translation>a voz não estava pronta</translation>
    </message>
    <message>
        <source>it was not placed</source>
        <translation>não foi posicionado</translation>
    </message>
    <message>
        <source>audio: FAILED playing {cue} ({source}): {why}</source>
        <translation>áudio: FALHA ao tocar {cue} ({source}): {why}</translation>
    </message>
    <message>
        <source>audio: played {cue} ({source}), {seconds} s, on {device}</source>
        <translation>áudio: tocou {cue} ({source}), {seconds} s, em {device}</translation>
    </message>
    <message>
        <source>speech: pyttsx3 driver {driver}</source>
        <translation>fala: driver do pyttsx3 {driver}</translation>
    </message>
    <message>
        <source>speech by pyttsx3</source>
        <translation>fala pelo pyttsx3</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>não solicitado</translation>
    </message>
    <message>
        <source>speech: unavailable ({why})</source>
        <translation>fala: indisponível ({why})</translation>
    </message>
    <message>
        <source>bundled voice pack</source>
        <translation>pacote de voz incluído</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>tom</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>the audio output did not settle; cues may be dropped</source>
        <translation>a saída de áudio não se estabilizou; alguns avisos podem se perder</translation>
    </message>
    <message>
        <source>Getting the sound output ready</source>
        <translation>Preparando a saída de som</translation>
    </message>
    <message>
        <source>Preparing the voice</source>
        <translation>Preparando a voz</translation>
    </message>
    <message>
        <source>{progress}: the workout starts as soon as it is ready</source>
        <translation>{progress}: o treino começa assim que estiver pronta</translation>
    </message>
    <message>
        <source>Waking the sound: the workout goes on in a moment</source>
        <translation>Acordando o som: o treino continua num instante</translation>
    </message>
    <message>
        <source>Sound: {notice}</source>
        <translation>Som: {notice}</translation>
    </message>
    <message>
        <source>Speech is not available ({error}): every cue is a tone</source>
        <translation>A fala não está disponível ({error}): todos os avisos são tons</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Workout complete: {blocks} exercises, {tut} seconds under tension</source>
        <translation>Treino concluído: {blocks} exercícios, {tut} segundos sob tensão</translation>
    </message>
    <message>
        <source>{set}: {weight}.</source>
        <translation>{set}: {weight}.</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Próxima série</translation>
    </message>
    <message>
        <source>{set} done. {next}</source>
        <translation>Terminou {set}. {next}</translation>
    </message>
    <message>
        <source>Next set: {weight}.</source>
        <translation>Próxima série: {weight}.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>the word before a work set&apos;s number: Set {next}</comment>
        <translation>Série</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <comment>the word before a warm-up set&apos;s number</comment>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>{sets}, left side</source>
        <translation>{sets}, lado esquerdo</translation>
    </message>
    <message>
        <source>{next} left</source>
        <translation>{next}, lado esquerdo</translation>
    </message>
    <message>
        <source>{sets}, right side</source>
        <translation>{sets}, lado direito</translation>
    </message>
    <message>
        <source>{next} right</source>
        <translation>{next}, lado direito</translation>
    </message>
    <message>
        <source>{lead}: bodyweight.</source>
        <translation>{lead}: peso do corpo.</translation>
    </message>
    <message>
        <source>{lead}: {weight}, held on the hips.</source>
        <translation>{lead}: {weight}, apoiado no quadril.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Just the bar.</source>
        <translation>{lead}: {weight}. Só a barra.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. {plates} each side.</source>
        <translation>{lead}: {weight}. {plates} de cada lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Same plates.</source>
        <translation>{lead}: {weight}. Mesmas anilhas.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off}, then add {on} each side.</source>
        <translation>{lead}: {weight}. Tira {off} e coloca {on} de cada lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off} each side.</source>
        <translation>{lead}: {weight}. Tira {off} de cada lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Add {on} each side.</source>
        <translation>{lead}: {weight}. Coloca {on} de cada lado.</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} de {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} e {last}</translation>
    </message>
    <message>
        <source>Warm-up {number} left</source>
        <translation>Aquecimento {number}, lado esquerdo</translation>
    </message>
    <message>
        <source>Warm-up {number} right</source>
        <translation>Aquecimento {number}, lado direito</translation>
    </message>
    <message>
        <source>Warm-up {number}</source>
        <translation>Aquecimento {number}</translation>
    </message>
    <message>
        <source>Set {number} left</source>
        <translation>Série {number}, lado esquerdo</translation>
    </message>
    <message>
        <source>Set {number} right</source>
        <translation>Série {number}, lado direito</translation>
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
        <translation>a voz espeak-ng incluída a 175 palavras por minuto</translation>
    </message>
</context>
<context>
    <name>SpeechProtocol</name>
    <message>
        <source>the renderer</source>
        <translation>o renderizador</translation>
    </message>
    <message>
        <source>the speech worker</source>
        <translation>o processo de voz</translation>
    </message>
    <message>
        <source>the renderer sent an unexpected request ({message})</source>
        <translation>o renderizador enviou um pedido inesperado ({message})</translation>
    </message>
    <message>
        <source>the speech worker sent an unexpected message ({message})</source>
        <translation>o processo de voz enviou uma mensagem inesperada ({message})</translation>
    </message>
    <message>
        <source>{sender} sent a message that could not be read ({error})</source>
        <translation>{sender} enviou uma mensagem que não pôde ser lida ({error})</translation>
    </message>
</context>
<context>
    <name>SpeechWorker</name>
    <message>
        <source>audio that was cut off</source>
        <translation>áudio cortado</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>nenhum arquivo</translation>
    </message>
    <message>
        <source>a damaged WAV</source>
        <translation>um WAV danificado</translation>
    </message>
    <message>
        <source>an empty WAV</source>
        <translation>um WAV vazio</translation>
    </message>
    <message>
        <source>only silence</source>
        <translation>só silêncio</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>o sintetizador de voz não iniciou</translation>
    </message>
    <message>
        <source>the phrase came out silent</source>
        <translation>a frase saiu muda</translation>
    </message>
    <message>
        <source>voice {voice} is not available ({error}); default voice</source>
        <translation>a voz {voice} não está disponível ({error}); voz padrão</translation>
    </message>
    <message>
        <source>the engine wrote {problem} ({tries} tries)</source>
        <translation>o sintetizador gravou {problem} ({tries} tentativas)</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Status message</source>
        <translation>Mensagem de status</translation>
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
        <translation>Barra vazia</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% da carga de trabalho</translation>
    </message>
    <message>
        <source>Warm-up step kind</source>
        <translation>Tipo de etapa do aquecimento</translation>
    </message>
    <message>
        <source>Warm-up step percent</source>
        <translation>Porcentagem da etapa do aquecimento</translation>
    </message>
    <message>
        <source>Warm-up step reps</source>
        <translation>Reps da etapa do aquecimento</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>after the number of reps</comment>
        <translation>reps</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Leave this step out</source>
        <translation>Deixa esta etapa de fora</translation>
    </message>
</context>
<context>
    <name>TapPad</name>
    <message>
        <source>Tap pad</source>
        <translation>Área de toque</translation>
    </message>
    <message>
        <source>Tap here, or press Space or any key, on every tick you hear</source>
        <translation>Toca aqui, ou aperta Espaço ou qualquer tecla, a cada clique que ouvir</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Aperta Iniciar</translation>
    </message>
</context>
<context>
    <name>TapPage</name>
    <message>
        <source>Press Start, then tap Space (or any key, or click the pad) on every tick you hear: {ticks} ticks, {interval} s apart. Listen, don&apos;t watch. The first {lead_in} ticks are for finding the beat.</source>
        <translation>Aperta Iniciar e depois toca Espaço (ou qualquer tecla, ou clica na área) a cada clique que ouvir: {ticks} cliques, com {interval} s de intervalo. Escuta, não olha. Os primeiros {lead_in} cliques servem para pegar o ritmo.</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Progresso da calibração</translation>
    </message>
    <message>
        <source>Calibration result</source>
        <translation>Resultado da calibração</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Play the ticks and start counting your taps</source>
        <translation>Toca os cliques e começa a contar seus toques</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <source>Put the measured offset into the latency field</source>
        <translation>Coloca a compensação medida no campo de latência</translation>
    </message>
</context>
<context>
    <name>Tempo</name>
    <message>
        <source>E-P-C-P such as 3-1-X-1, 31X1 or 3-1-X; each phase 0 to {most} s, X (explosive) only for the concentric, which must be above 0</source>
        <translation>E-P-C-P como 3-1-X-1, 31X1 ou 3-1-X; cada fase de 0 a {most} s, X (explosiva) só na concêntrica, que tem que ser maior que 0</translation>
    </message>
    <message>
        <source>eccentric</source>
        <translation>excêntrica</translation>
    </message>
    <message>
        <source>bottom pause</source>
        <translation>pausa embaixo</translation>
    </message>
    <message>
        <source>concentric</source>
        <translation>concêntrica</translation>
    </message>
    <message>
        <source>top pause</source>
        <translation>pausa em cima</translation>
    </message>
    <message>
        <source>the concentric cannot be 0</source>
        <translation>a concêntrica não pode ser 0</translation>
    </message>
    <message>
        <source>the {phase} is not a number</source>
        <translation>a fase {phase} não é um número</translation>
    </message>
    <message>
        <source>the {phase} must be 0 to {most} s</source>
        <translation>a fase {phase} tem que ser de 0 a {most} s</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>não é texto</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>write one digit or X per phase, or separate the phases with -</source>
        <translation>escreve um dígito ou X por fase, ou separa as fases com -</translation>
    </message>
    <message>
        <source>it has {count} phases, not 3 or 4</source>
        <translation>tem {count} fases, não 3 ou 4</translation>
    </message>
    <message>
        <source>X is only for the concentric, not the {phase}</source>
        <translation>X é só para a concêntrica, não para a fase {phase}</translation>
    </message>
    <message>
        <source>the {phase} {value} is not a number of seconds</source>
        <translation>a fase {phase} ({value}) não é um número de segundos</translation>
    </message>
</context>
<context>
    <name>TempoEditor</name>
    <message>
        <source>Down</source>
        <translation>Descida</translation>
    </message>
    <message>
        <source>Tempo: down</source>
        <translation>Cadência: descida</translation>
    </message>
    <message>
        <source>Lowering the hips (eccentric), seconds</source>
        <translation>Descer o quadril (excêntrica), segundos</translation>
    </message>
    <message>
        <source>Pause at bottom</source>
        <translation>Pausa embaixo</translation>
    </message>
    <message>
        <source>Tempo: pause at bottom</source>
        <translation>Cadência: pausa embaixo</translation>
    </message>
    <message>
        <source>Pause with the hips down, seconds</source>
        <translation>Pausa com o quadril embaixo, segundos</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Tempo: up</source>
        <translation>Cadência: subida</translation>
    </message>
    <message>
        <source>Driving the hips up (concentric), seconds</source>
        <translation>Subir o quadril (concêntrica), segundos</translation>
    </message>
    <message>
        <source>Squeeze at top</source>
        <translation>Contração em cima</translation>
    </message>
    <message>
        <source>Tempo: squeeze at top</source>
        <translation>Cadência: contração em cima</translation>
    </message>
    <message>
        <source>Hold and squeeze at the top, seconds</source>
        <translation>Segura e contrai lá em cima, segundos</translation>
    </message>
    <message>
        <source>E-P-C-P, e.g. 3-1-X-1</source>
        <translation>E-P-C-P, ex.: 3-1-X-1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Cadência</translation>
    </message>
    <message>
        <source>Down – pause at bottom – up – squeeze at top, in seconds. X for an explosive lift. Examples: 3-1-X-1, 31X1, 2.5-0-1-2.</source>
        <translation>Descida – pausa embaixo – subida – contração em cima, em segundos. X para uma subida explosiva. Exemplos: 3-1-X-1, 31X1, 2.5-0-1-2.</translation>
    </message>
    <message>
        <source>Tempo in words</source>
        <translation>Cadência por extenso</translation>
    </message>
    <message>
        <source>Explosive (X)</source>
        <translation>Explosiva (X)</translation>
    </message>
    <message>
        <source>Lift as fast as you can; the plan times the lift</source>
        <translation>Sobe o mais rápido que conseguir; o plano cronometra a subida</translation>
    </message>
</context>
<context>
    <name>TempoWords</name>
    <message>
        <source>up</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>squeeze</source>
        <translation>contração</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descida</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>explosive</source>
        <translation>explosiva</translation>
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
        <translation>Lendo o registro de treino…</translation>
    </message>
    <message>
        <source>No suggestion today: the training log can&apos;t be read now.</source>
        <translation>Sem sugestão hoje: não dá para ler o registro de treino agora.</translation>
    </message>
    <message>
        <source>+ {count} more exercises: each one&apos;s load is asked before the start</source>
        <translation>+ {count} exercícios: a carga de cada um é perguntada antes do início</translation>
    </message>
    <message>
        <source>Warm-up: {sets}</source>
        <translation>Aquecimento: {sets}</translation>
    </message>
    <message>
        <source>no sets of it logged yet</source>
        <translation>nenhuma série dele registrada ainda</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>ToneProgress</name>
    <message>
        <source>Voice: tones only</source>
        <translation>Voz: só tons</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>não foi possível criar a pasta {folder}: {reason}</translation>
    </message>
    <message>
        <source>the log could not be read ({reason})</source>
        <translation>não foi possível ler o registro ({reason})</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}); it will be set aside when it is next opened.</source>
        <translation>Não foi possível ler o registro de treino {path} ({reason}); ele será separado na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}).</source>
        <translation>Não foi possível ler o registro de treino {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The texts in {language} could not be loaded: they are shown in English.</source>
        <translation>Não foi possível carregar os textos em {language}: eles aparecem em inglês.</translation>
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
        <translation>% da carga de trabalho</translation>
    </message>
</context>
<context>
    <name>UnknownRows</name>
    <message>
        <source>{lines} and {count} more</source>
        <translation>{lines} e mais {count}</translation>
    </message>
    <message>
        <source>line {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>linha {lines}: {name} não é um exercício que o ThrustTimer conhece; pulada</translation>
    </message>
    <message>
        <source>lines {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>linhas {lines}: {name} não é um exercício que o ThrustTimer conhece; puladas</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>presets file</source>
        <translation>arquivo de modelos</translation>
    </message>
    <message>
        <source>your presets file could not be read nor moved aside</source>
        <translation>não foi possível ler nem mover o seu arquivo de modelos</translation>
    </message>
    <message>
        <source>Your presets file {path} could not be read ({reason}) nor moved aside ({move_reason}); your presets are not shown.</source>
        <translation>Não foi possível ler o seu arquivo de modelos {path} ({reason}) nem movê-lo ({move_reason}); seus modelos não são mostrados.</translation>
    </message>
    <message>
        <source>Your presets file could not be read ({reason}). It was kept as {aside} and nothing in it was deleted; the preset list starts empty.</source>
        <translation>Não foi possível ler o seu arquivo de modelos ({reason}). Ele foi guardado como {aside} e nada foi apagado; a lista de modelos começa vazia.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>{preset}: {problem}</source>
        <translation>{preset}: {problem}</translation>
    </message>
    <message>
        <source>your presets file has presets that could not be read nor copied aside</source>
        <translation>o seu arquivo de modelos tem modelos que não puderam ser lidos nem copiados</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The file could not be copied aside ({reason}), so it is left as it is and changes are not saved.</source>
        <translation>{count} dos seus modelos não puderam ser lidos e não são mostrados ({problems}). Não foi possível fazer uma cópia do arquivo ({reason}), então ele fica como está e as alterações não são salvas.</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The whole file was copied to {aside}.</source>
        <translation>{count} dos seus modelos não puderam ser lidos e não são mostrados ({problems}). O arquivo inteiro foi copiado para {aside}.</translation>
    </message>
    <message>
        <source>My workout</source>
        <translation>Meu treino</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>one of your presets: {names}</source>
        <translation>um dos seus modelos: {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>a name none of your other presets has</source>
        <translation>um nome que nenhum outro modelo seu tenha</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>já está em uso</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>um objeto JSON</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>uma lista de planos</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; e mais {count}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>words per minute</source>
        <translation>palavras por minuto</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed ({problem}); allowed: {allowed}</source>
        <translation>{field}: {value} não é permitido ({problem}); permitido: {allowed}</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed; allowed: {allowed}</source>
        <translation>{field}: {value} não é permitido; permitido: {allowed}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} {unit}</source>
        <translation>um número inteiro de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high} {unit}</source>
        <translation>um número de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>um número de {low} a {high}</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>não é um número finito</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fora do intervalo</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>não é um número inteiro</translation>
    </message>
    <message>
        <source>line {line} column {column}</source>
        <translation>linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>a JSON {what}</source>
        <translation>um {what} JSON</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON aninhado em níveis demais</translation>
    </message>
    <message>
        <source>a JSON {what} nested a few levels at most</source>
        <translation>um {what} JSON com poucos níveis de aninhamento, no máximo</translation>
    </message>
    <message>
        <source>a number {length} characters long</source>
        <translation>um número de {length} caracteres</translation>
    </message>
    <message>
        <source>numbers of at most {most} characters</source>
        <translation>números de no máximo {most} caracteres</translation>
    </message>
    <message>
        <source>{where} fields: {fields}</source>
        <translation>campos de {where}: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>a number too long to show</source>
        <translation>um número longo demais para mostrar</translation>
    </message>
</context>
<context>
    <name>VoiceBank</name>
    <message>
        <source>The speech engine is not available, so the built-in voice is speaking</source>
        <translation>O sintetizador de voz não está disponível, então quem fala é a voz embutida</translation>
    </message>
    <message>
        <source>No speech engine and no voice pack: cues are tones only</source>
        <translation>Nenhum sintetizador de voz nem pacote de voz: os avisos são só tons</translation>
    </message>
    <message>
        <source>The voice could not be prepared: cues are tones only</source>
        <translation>Não foi possível preparar a voz: os avisos são só tons</translation>
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
        <translation>Não é possível gravar no cache de voz {folder} ({reason}): os clipes de voz ficam numa pasta temporária durante esta execução</translation>
    </message>
</context>
<context>
    <name>VoiceCatalog</name>
    <message>
        <source>Default voice</source>
        <translation>Voz padrão</translation>
    </message>
</context>
<context>
    <name>VoicePack</name>
    <message>
        <source>a voice pack clip could not be decoded: {error}</source>
        <translation>não foi possível decodificar um clipe do pacote de voz: {error}</translation>
    </message>
    <message>
        <source>a voice pack clip is at {rate} Hz, expected {expected}</source>
        <translation>um clipe do pacote de voz está em {rate} Hz; esperava-se {expected}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source> wpm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <source>How fast the coach speaks, words per minute</source>
        <translation>A velocidade com que o treinador fala, em palavras por minuto</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volume da voz</translation>
    </message>
    <message>
        <source>Start cues this much earlier (negative) or later, to match a slow audio device</source>
        <translation>Adianta (negativo) ou atrasa os avisos nesta quantidade, para compensar um dispositivo de áudio lento</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz padrão</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Carregando vozes…</translation>
    </message>
    <message>
        <source>No audio device: the sample can&apos;t be played here. A workout still runs, silently.</source>
        <translation>Nenhum dispositivo de áudio: a amostra não pode ser tocada aqui. Um treino funciona mesmo assim, em silêncio.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voice the coach speaks with</source>
        <translation>A voz do sintetizador com que o treinador fala</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Testar voz</translation>
    </message>
    <message>
        <source>Say “{phrase}” with the voice, rate and volume shown, before saving them</source>
        <translation>Fala “{phrase}” com a voz, a velocidade e o volume mostrados, antes de salvar</translation>
    </message>
    <message>
        <source>Voice list</source>
        <translation>Lista de vozes</translation>
    </message>
    <message>
        <source>Playing “{phrase}”…</source>
        <translation>Tocando “{phrase}”…</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Find the offset for your headphones: tap along to ticks, or match a tick to a flash</source>
        <translation>Encontra a compensação para os seus fones: toca no ritmo dos cliques, ou acerta um clique com um flash</translation>
    </message>
    <message>
        <source>{voice} (not installed)</source>
        <translation>{voice} (não instalada)</translation>
    </message>
    <message>
        <source>Voices could not be listed: {error}</source>
        <translation>Não foi possível listar as vozes: {error}</translation>
    </message>
    <message>
        <source>{notice}. The default voice speaks.</source>
        <translation>{notice}. Quem fala é a voz padrão.</translation>
    </message>
    <message>
        <source>Fix the voice fields first.</source>
        <translation>Corrige primeiro os campos de voz.</translation>
    </message>
    <message>
        <source>Fix {field} ({problem}) first.</source>
        <translation>Corrige primeiro {field} ({problem}).</translation>
    </message>
    <message>
        <source>Making the sample…</source>
        <translation>Gerando a amostra…</translation>
    </message>
    <message>
        <source>The sample could not be made: {reason}.</source>
        <translation>Não foi possível gerar a amostra: {reason}.</translation>
    </message>
    <message>
        <source>no voice could say it</source>
        <translation>nenhuma voz conseguiu falar</translation>
    </message>
    <message>
        <source>Could not play the sample: {reason}. Try again in a moment.</source>
        <translation>Não foi possível tocar a amostra: {reason}. Tenta de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Playing “{phrase}”… {notice}.</source>
        <translation>Tocando “{phrase}”… {notice}.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
</context>
<context>
    <name>VoicePrefs</name>
    <message>
        <source>a voice name of at most {count} characters</source>
        <translation>um nome de voz de no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>a voice setting</source>
        <translation>uma configuração de voz</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
</context>
<context>
    <name>VoiceQuery</name>
    <message>
        <source>the speech engine did not answer</source>
        <translation>o sintetizador de voz não respondeu</translation>
    </message>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>o processo de voz travou (código de saída {code})</translation>
    </message>
    <message>
        <source>the speech engine could not start ({reason})</source>
        <translation>o sintetizador de voz não conseguiu iniciar ({reason})</translation>
    </message>
    <message>
        <source>the speech worker failed ({reason})</source>
        <translation>o processo de voz falhou ({reason})</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>a voice id of up to 200 characters</source>
        <translation>um id de voz de até 200 caracteres</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>um de {choices}</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>um de {allowed}</translation>
    </message>
    <message>
        <source>voice settings</source>
        <translation>configurações de voz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Voices could not be listed: {reason}</source>
        <translation>Não foi possível listar as vozes: {reason}</translation>
    </message>
</context>
<context>
    <name>Warmup</name>
    <message>
        <source>warm-up step</source>
        <translation>etapa de aquecimento</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>um objeto com {fields}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>empty bar × {reps}</source>
        <translation>barra vazia × {reps}</translation>
    </message>
    <message>
        <source>{percent} % × {reps}</source>
        <translation>{percent} % × {reps}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>no máximo {most} etapas</translation>
    </message>
    <message>
        <source>empty bar</source>
        <translation>barra vazia</translation>
    </message>
    <message>
        <source>the empty bar only as the first step</source>
        <translation>a barra vazia só como primeira etapa</translation>
    </message>
    <message>
        <source>more than the step before ({percent} %)</source>
        <translation>mais que a etapa anterior ({percent} %)</translation>
    </message>
    <message>
        <source>an object with &quot;steps&quot;</source>
        <translation>um objeto com &quot;steps&quot;</translation>
    </message>
    <message>
        <source>warm-up steps</source>
        <translation>etapas de aquecimento</translation>
    </message>
    <message>
        <source>a list of at most {most} steps</source>
        <translation>uma lista de no máximo {most} etapas</translation>
    </message>
    <message>
        <source>warm-up step {number}</source>
        <translation>etapa de aquecimento {number}</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>sem aquecimento</translation>
    </message>
    <message>
        <source>warm-up step {number} percent</source>
        <translation>porcentagem da etapa de aquecimento {number}</translation>
    </message>
</context>
<context>
    <name>WarmupPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Another warm-up set, heavier than the last</source>
        <translation>Outra série de aquecimento, mais pesada que a anterior</translation>
    </message>
    <message>
        <source>Default warm-up</source>
        <translation>Aquecimento padrão</translation>
    </message>
    <message>
        <source>Warm-up: problem</source>
        <translation>Aquecimento: problema</translation>
    </message>
    <message>
        <source>Before the first work set: {steps}</source>
        <translation>Antes da primeira série de trabalho: {steps}</translation>
    </message>
</context>
<context>
    <name>WorkoutConductor</name>
    <message>
        <source>Getting the voice ready: the workout starts as soon as it is ready</source>
        <translation>Preparando a voz: o treino começa assim que estiver pronta</translation>
    </message>
</context>
<context>
    <name>WorkoutLog</name>
    <message>
        <source>Training log: {problem}. ThrustTimer keeps this session&apos;s sets and saves them as soon as it can.</source>
        <translation>Registro de treino: {problem}. O ThrustTimer guarda as séries desta sessão e salva assim que puder.</translation>
    </message>
    <message>
        <source>Training log: not recording this session ({problem})</source>
        <translation>Registro de treino: esta sessão não está sendo registrada ({problem})</translation>
    </message>
</context>
</TS>
