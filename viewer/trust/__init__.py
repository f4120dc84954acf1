"""Trust, as the reader sees it: is this archive (and this item) what a publisher the reader trusts signed?

`badge` draws the verdict (verified, unknown signer, tampered...) and the dialog that trusts a new
publisher key; `verdicts` puts verification reports and item checks into translated words;
`provenance` tells search and library rows which archive, and which verdict, they come from.
"""
