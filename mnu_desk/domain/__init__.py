"""Pure rules of the desk: no Qt, no SQL, nothing of ours imported from outside domain/."""
