"""The public unit pages (Organisationseinheit) and the finder "Wer hilft mir?".

The units themselves are listed in organisation.py, which every part reads.
"""
