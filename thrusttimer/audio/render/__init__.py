"""Rendering speech in a separate process, watched by a supervisor that never blocks the caller.

pyttsx3 on espeak-ng runs one utterance per `runAndWait()`, holds the calling thread while it
synthesises, and a broken driver can hang or crash the whole process. So every phrase is
rendered in a worker *process* (spawn context, so no Qt state is forked), one
`save_to_file` + `runAndWait` per phrase, and the worker also trims, levels and resamples
the result and writes the finished clip to the cache; the app only ever loads the file.
The worker makes the tones too (levelled by pydub like speech), so that the app's own
process never loads pydub.

`supervisor.Renderer` is the app's side. `poll()` never blocks: it reads the worker's
messages, starts or restarts the worker, and kills it when a phrase runs past its deadline
(hung) or the process has gone (crashed). A phrase is tried `max_attempts` times, then made
from the voice pack if the pack has it, else skipped; a worker that cannot start its engine
switches the rest of the job to the voice pack. `wait()` blocks on the worker for headless use.

    engine      what the worker needs of a speech engine, and the platform's pyttsx3 one
    protocol    the typed messages between the supervisor and its worker, and their checks
    worker      the worker process's body: engine start, one phrase at a time, voice listing
    jobs        what the supervisor is asked to make (Job) and what it hands back (Result)
    ledger      the supervisor's bookkeeping of one job, and the progress it adds up to
    progress    RenderProgress: how far a job has got, in the user's words
    supervisor  Renderer: spawn, feed, watch, restart or give up
    query       asking a one-off worker for the engine's voices
"""
