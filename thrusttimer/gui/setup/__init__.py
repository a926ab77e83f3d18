"""The set-up room: the dialog (`dialog`) composing the presets, plan form and voice panels,
the plan form over a Qt-free form model (`form`)."""
