"""The readers: reports (text/HTML/Markdown), PDFs and images, each a widget with `show_item(session, item_id, ...)`."""
