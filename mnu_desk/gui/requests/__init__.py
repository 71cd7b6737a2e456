"""Data-subject requests: the case queue, a request's detail and steps, registering a request, letters and
attachments."""
