"""The units (Organisationseinheiten): their pages, the finder "Wer hilft mir?", and the units
as content: the registry every part reads (registry.py), their life (lifecycle.py),
retiring (retire.py) and capabilities (capabilities.py).
"""
