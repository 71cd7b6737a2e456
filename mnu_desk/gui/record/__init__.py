"""A person's record: the record view and its tabs, and the dialogs that act on the open person (add, correct,
object, restrict, close the account, erase)."""
