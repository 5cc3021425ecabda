"""enduse: the control plane that makes end-user certificates on exported
cyber-intelligence systems enforceable."""

__version__ = "0.1.0"
