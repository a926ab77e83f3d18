"""The one output stream: `facade.AudioOutput` over a feed thread (`pulse_feed` through
`libpulse`, or `qt_feed` through a QAudioSink) that `probe` chooses."""
