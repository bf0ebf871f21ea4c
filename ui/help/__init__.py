"""Help inside the app: the user guide (Markdown shipped as package data, zh_CN and en, with a
few small screenshots) and the list of keyboard shortcuts, both read offline."""
