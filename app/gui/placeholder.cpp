// placeholder so the library has a source; replaced by the main window
