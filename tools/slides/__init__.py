"""Trainer kit generated from the lesson sources: slides (reveal.js), editable PPTX, A4
handouts and a trainer page per module. See tools/slides/kit.py."""
