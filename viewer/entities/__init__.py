"""The entity records (FollowTheMoney people, organisations, sanctions...) and how the reader browses them.

`listview` is the Entities tab's searchable list, `page` one entity's page (properties, relations and the
items that mention it), `labels` the translated names of FtM schemas and properties both of them show.
"""
