<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="en">
<context>
    <name>AnnotationEditorWidget</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="+94"/>
        <source>Annotation being edited</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەھرىرلىنىۋاتقان ئىزاھات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە يېزىڭ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save problem</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلاشتىكى مەسىلە</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلاش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the note, tags and colour (Ctrl+S, Ctrl+Enter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە، بەلگە ۋە رەڭنى ساقلاش (Ctrl+S، Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەڭ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگىلەر:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an annotation to edit its note, tags and colour.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىسى، بەلگىلىرى ۋە رەڭگىنى تەھرىرلەش ئۈچۈن بىر ئىزاھاتنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {anchor}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{kind}: {anchor}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked: unlock the store to read and edit this note.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇلۇپلانغان: بۇ خاتىرىنى ئوقۇش ۋە تەھرىرلەش ئۈچۈن ئىزاھات ئامبىرىنىڭ قۇلۇپىنى ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانمىدى: {error}</translation>
    </message>
</context>
<context>
    <name>AnnotationSidebar</name>
    <message>
        <location filename="../../viewer/annotations/sidebar.py" line="+38"/>
        <source>Annotations on this entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئوبيېكتتىكى ئىزاھاتلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations on this item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ماتېرىيالدىكى ئىزاھاتلار</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annotation summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات خۇلاسىسى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on this entity…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئوبيېكت ھەققىدە خاتىرە…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on this item…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ماتېرىيال ھەققىدە خاتىرە…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۈتۈن ئوبيېكت ھەققىدە خاتىرە يېزىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۈتۈن ماتېرىيال ھەققىدە خاتىرە يېزىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈشنى يېنىۋېلىش</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes and tags are locked. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە ۋە بەلگىلەر قۇلۇپلانغان. ئۇلارنى ئوقۇش ئۈچۈن «ئىزاھاتلار › خاتىرىلەرنى قۇلۇپتىن ئېچىش…» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notes yet. Note on this entity… adds one.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېخى خاتىرە يوق. «بۇ ئوبيېكت ھەققىدە خاتىرە…» ئارقىلىق قوشۇڭ.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{action} ({key})</translation>
    </message>
    <message>
        <source>🔒 Notes and tags are locked. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">🔒 خاتىرە ۋە بەلگىلەر قۇلۇپلانغان. ئۇلارنى ئوقۇش ئۈچۈن «ئىزاھاتلار › خاتىرىلەرنى قۇلۇپتىن ئېچىش…» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No annotations yet. Select text and press Ctrl+H to highlight.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېخى ئىزاھات يوق. گەۋدىلەندۈرۈش ئۈچۈن تېكىست تاللاپ Ctrl+H نى بېسىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ئىزاھات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} ئىزاھات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{annotations}, 1 needs attention (⚠).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{annotations}، بۇلاردىن 1 دانىسى دىققەت تەلەپ قىلىدۇ (⚠).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{annotations}, {flagged} need attention (⚠).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{annotations}، بۇلاردىن {flagged} دانىسى دىققەت تەلەپ قىلىدۇ (⚠).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Annotation restored.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ئەسلىگە كەلتۈرۈلدى.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../viewer/annotations/model.py" line="+161"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماتېرىيال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote or region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ياكى رايون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭىلانغان ۋاقتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاپتور</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../viewer/annotations/controller.py" line="+27"/>
        <source>Export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key trusted</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچقا ئىشىنىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key revoked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچ ئەمەلدىن قالدۇرۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+43"/>
        <source>Problem</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەسىلە</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/model.py" line="-177"/>
        <source>Yellow</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سېرىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېشىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھالرەڭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۆسۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گەۋدىلەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PDF گەۋدىلەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەتكۈچ</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+33"/>
        <source>Locked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇلۇپلانغان</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Region {width} × {height} px at {x}, {y}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون: {width} × {height} px، ئورنى ({x}، {y})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{quote}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{quote}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page}: {quote}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{page}-بەت: {quote}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۈتۈن ئوبيېكت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۈتۈن ماتېرىيال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: unlock the store to read this note.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇلۇپلانغان: بۇ خاتىرىنى ئوقۇش ئۈچۈن ئىزاھات ئامبىرىنىڭ قۇلۇپىنى ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown author</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم ئاپتور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orphan, not anchored: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېتىم ئىزاھات، ئورنىغا باغلانمىغان: {reason}</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="+20"/>
        <source>Added</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوشۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added as orphan</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېتىم ئىزاھات سۈپىتىدە قوشۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاللىبۇرۇن بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەت قىلىندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of another archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا ئارخىپقا تەۋە</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوشۇلدى: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added as orphans, not anchored: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېتىم ئىزاھات سۈپىتىدە قوشۇلدى، ئورنىغا باغلانمىغان: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاللىبۇرۇن بار: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەت قىلىندى: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of another archive: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا ئارخىپقا تەۋە: {count}.</translation>
    </message>
</context>
<context>
    <name>AnnotationsView</name>
    <message>
        <location filename="../../viewer/annotations/view.py" line="+44"/>
        <source>Search notes, quotes and tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە، نەقىل ۋە بەلگىلەردىن ئىزدەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلاردىن ئىزدەش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگە بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق بەلگىلەر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەڭ بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق رەڭلەر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈر بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق تۈرلەر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by whose and by fit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىمنىڭكى ۋە ئورنىغا باغلانغان-باغلانمىغانلىقى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone&apos;s</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممەيلەننىڭكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىزنىڭكى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collaborators&apos;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەمكارلارنىڭكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphans (imported, not anchored)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېتىم ئىزاھاتلار (ئەكىرىلگەن، ئورنىغا باغلانمىغان)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرسىتىلگەن ئىزاھاتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected annotations (or, with none selected, those listed) as a W3C Web Annotation file that other tools can read</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاللانغان ئىزاھاتلارنى (ھېچبىرى تاللانمىغان بولسا، تىزىملىكتىكىلەرنى) باشقا قوراللار ئوقۇيالايدىغان W3C Web Annotation ھۆججىتى قىلىپ ساقلاش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەكىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add annotations from a W3C Web Annotation file (a colleague&apos;s, or a backup); ones you already have are not duplicated</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏W3C Web Annotation ھۆججىتىدىن (خىزمەتدىشىڭىزنىڭ ياكى زاپاس نۇسخىدىن) ئىزاھات قوشۇش؛ سىزدە بار ئىزاھاتلار قايتا قوشۇلمايدۇ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلارنى چىقىرىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلارنى ئەكىرىش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotations in the archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپتىكى ئىزاھاتلار</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈشنى يېنىۋېلىش</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{action} ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tag:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگە:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەڭ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرسىتىش:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1 annotation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ئىزاھات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} annotations.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} ئىزاھات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{annotations} Notes and tags are locked.</source>
        <comment>annotations: the sentence saying how many annotations are listed</comment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{annotations} خاتىرە ۋە بەلگىلەر قۇلۇپلانغان.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{id} (not in this archive)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{id} (بۇ ئارخىپتا يوق)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏W3C Web Annotations (*.jsonld *.json);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 annotation to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ئىزاھات {path} غا چىقىرىلدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} annotations to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} ئىزاھات {path} غا چىقىرىلدى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not imported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەكىرىلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported 1 annotation from {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{file} دىن 1 ئىزاھات ئەكىرىلدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} annotations from {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{file} دىن {count} ئىزاھات ئەكىرىلدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 was already here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇلاردىن 1 دانىسى ئاللىبۇرۇن بار ئىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} were already here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇلاردىن {count} دانىسى ئاللىبۇرۇن بار ئىدى.</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../viewer/annotations/annotator.py" line="+30"/>
        <source>not found in the text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېكىستتىن تېپىلمىدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item changed since this was made</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزاھات قۇرۇلغاندىن كېيىن ماتېرىيال ئۆزگەرگەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item no longer matches what was signed</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماتېرىيال ئەمدى ئىمزالانغان نەرسىگە ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Colour of new highlights and regions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى گەۋدىلەندۈرۈش ۋە رايونلارنىڭ رەڭگى</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unreadable</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This annotation&apos;s place was not found in the item.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزاھاتنىڭ ئورنى ماتېرىيالدىن تېپىلمىدى.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+14"/>
        <source>Not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانمىدى: {error}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Annotation saved. Write its note in the sidebar.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ساقلاندى. خاتىرىسىنى يان تاختىدا يېزىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation saved.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ساقلاندى.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bookmark not changed: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەتكۈچ يېڭىلانمىدى: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../viewer/app.py" line="+87"/>
        <source>macOS runs Casefile from a temporary copy (App Translocation), so the archives, keys and notes folder beside it were not found. Read README.txt on the stick, under STARTING CASEFILE.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏macOS Casefile نى ۋاقىتلىق كۆپەيتمىدىن ئىجرا قىلىۋاتىدۇ (App Translocation)، شۇڭا ئۇنىڭ يېنىدىكى ئارخىپلار، ئاچقۇچلار ۋە خاتىرە قىسقۇچى تېپىلمىدى. U دىسكىدىكى README.txt ھۆججىتىنىڭ STARTING CASEFILE دېگەن قىسمىنى ئوقۇڭ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no item {item} in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} دا {item} دېگەن ماتېرىيال يوق</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The stick is read-only</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏U دىسكا پەقەت ئوقۇشقىلا بولىدۇ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep on This Computer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ كومپيۇتېردا ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary (Deleted on Close)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىتلىق (تاقىغاندا ئۆچۈرۈلىدۇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Without Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىسىز ئوقۇش</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Casefile cannot write to {folder}: the stick (or that folder) is read-only, so your notes, highlights and settings cannot be saved on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile {folder} غا يازالمايدۇ: U دىسكا (ياكى شۇ قىسقۇچ) پەقەت ئوقۇشقىلا بولىدۇ، شۇڭا خاتىرە، گەۋدىلەندۈرۈش ۋە تەڭشەكلىرىڭىزنى ئۇنىڭغا ساقلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them on this computer, in {host}: they last, but stay on this computer.

Or keep them in a temporary folder: they are DELETED when Casefile closes, unless you export them first (Annotations › Export, or an evidence bundle).

Or read without notes. Archives open and verify either way.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ كومپيۇتېردا، {host} دا ساقلاش: ئۇلار ساقلىنىپ قالىدۇ، لېكىن پەقەت بۇ كومپيۇتېردىلا بولىدۇ.

ياكى ۋاقىتلىق قىسقۇچتا ساقلاش: ئاۋۋال چىقىرىۋالمىسىڭىز (ئىزاھاتلار › چىقىرىش، ياكى دەلىل بولىقى)، Casefile تاقالغاندا ئۇلار ئۆچۈرۈۋېتىلىدۇ.

ياكى خاتىرىسىز ئوقۇش. قايسىسىنى تاللىسىڭىزمۇ ئارخىپلار ئېچىلىدۇ ۋە تەستىقلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes are saved on this computer, in {folder} (the stick is read-only).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر بۇ كومپيۇتېردا، {folder} دا ساقلىنىدۇ (U دىسكا پەقەت ئوقۇشقىلا بولىدۇ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are TEMPORARY (the stick is read-only): export them before closing Casefile.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر ۋاقىتلىق (U دىسكا پەقەت ئوقۇشقىلا بولىدۇ): Casefile نى تاقاشتىن بۇرۇن ئۇلارنى چىقىرىۋېلىڭ، بولمىسا ئۆچۈرۈۋېتىلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are off: {folder} is read-only. Reading and verifying work as usual.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر ئىشلىتىلمەيدۇ: {folder} پەقەت ئوقۇشقىلا بولىدۇ. ئوقۇش ۋە تەستىقلاش ئادەتتىكىدەك ئىشلەيدۇ.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../viewer/readers/attachment.py" line="+39"/>
        <source>File kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى پېتى ساقلانغان ھۆججەت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished">نامى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media type</source>
        <translation type="unfinished">مېدىيا تىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished">چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation type="unfinished">‏SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read because</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوقۇلمىغانلىقىنىڭ سەۋەبى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside this file:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ھۆججەتنىڭ ئىچىدە:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items inside this file</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ھۆججەت ئىچىدىكى تۈرلەر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export original…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى نۇسخىسىنى چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this file as evidence, with the proof that the publisher signed it (File › Export Evidence Bundle)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ھۆججەتنى تارقاتقۇچى ئىمزالىغانلىقىنىڭ ئىسپاتى بىلەن بىرگە دەلىل سۈپىتىدە چىقىرىش (ھۆججەت › دەلىل بوغچىسىنى چىقىرىش)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}:</source>
        <translation type="unfinished">‏{0}:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Casefile read the items inside this file; each opens as an item of its own. The file itself is kept exactly as the publisher gave it, signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile بۇ ھۆججەت ئىچىدىكى تۈرلەرنى ئوقۇدى؛ ھەر بىرى ئايرىم تۈر سۈپىتىدە ئېچىلىدۇ. ھۆججەتنىڭ ئۆزى تارقاتقۇچى بەرگەن پېتى ئىمزالىق ساقلاندى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile keeps this file exactly as the publisher gave it, signed, but does not show its content. Export it to open it with another program, on a computer where that is safe.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile بۇ ھۆججەتنى تارقاتقۇچى بەرگەن پېتى ئىمزالىق ساقلايدۇ، ئەمما مەزمۇنىنى كۆرسەتمەيدۇ. ئۇنى چىقىرىپ، بىخەتەر كومپيۇتېردا باشقا پروگرامما بىلەن ئېچىڭ.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This file cannot be shown: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ھۆججەتنى كۆرسەتكىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} ({bytes} bytes)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{size} ({bytes} بايت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no reason recorded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(سەۋەب خاتىرىلەنمىگەن)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+210"/>
        <source>Audit log</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپتىش خاتىرىسى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log entries</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپتىش خاتىرىسى تۈرلىرى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole log as JSON lines</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۈتۈن خاتىرىنى JSON lines شەكلىدە ساقلاش</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 entry (newest first): exports, copies, trusted keys, verifications and imports.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 تۈر (ئەڭ يېڭىسى ئالدىدا): چىقىرىش، كۆچۈرۈش، ئىشەنچلىك ئاچقۇچلار، تەستىقلاش ۋە ئەكىرىش.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries (newest first): exports, copies, trusted keys, verifications and imports.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} تۈر (ئەڭ يېڭىسى ئالدىدا): چىقىرىش، كۆچۈرۈش، ئىشەنچلىك ئاچقۇچلار، تەستىقلاش ۋە ئەكىرىش.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export audit log</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپتىش خاتىرىسىنى چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏JSON lines (*.jsonl);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 entry to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 تۈر {path} غا چىقىرىلدى.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported {count} entries to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} تۈر {path} غا چىقىرىلدى.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-67"/>
        <source>Time</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەشغۇلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it covered</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دائىرىسى</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+44"/>
        <source>Verifying…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every byte against the publisher&apos;s signature. You can read while this runs.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەر بىر بايت ئېلان قىلغۇچىنىڭ ئىمزاسى بىلەن سېلىشتۇرۇلۇۋاتىدۇ. بۇ جەرياندا ئوقۇۋېرەلەيسىز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification stopped: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش توختىدى: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Not verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification was cancelled. Use Archive › Verify again.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش بىكار قىلىندى. «ئارخىپ › قايتا تەستىقلاش» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible impersonation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نام ئوغرىلاش گۇمانى</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{signer} ئىمزالىغان (ئاچقۇچ {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <source>Signed by the publisher (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئېلان قىلغۇچى ئىمزالىغان (ئاچقۇچ {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key}), a key you revoked on {date}: it no longer vouches for anything.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{signer} ئىمزالىغان (ئاچقۇچ {key})، بۇ ئاچقۇچنى سىز {date} دە ئەمەلدىن قالدۇرغان: ئۇ ئەمدى ھېچنېمىگە كاپالەت بەرمەيدۇ.</translation>
    </message>
    <message>
        <source>Signed with the public Casefile demo key (key {key}), which anyone can use: it vouches only for the sample archive, not for this one.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ھەممە ئادەم ئىشلىتەلەيدىغان ئاممىۋى Casefile نامايىش ئاچقۇچى بىلەن ئىمزالانغان (ئاچقۇچ {key}): ئۇ پەقەت ئۈلگە ئارخىپقىلا كاپالەت بېرىدۇ، بۇ ئارخىپقا ئەمەس.</translation>
    </message>
    <message>
        <source>Signed by a key you have not chosen to trust (key {key}). Trust it only if the publisher confirms this fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">سىز ئىشىنىشنى تاللىمىغان ئاچقۇچ بىلەن ئىمزالانغان (ئاچقۇچ {key}). ئېلان قىلغۇچى بۇ بارماق ئىزىنى جەزملىگەندىلا ئۇنىڭغا ئىشىنىڭ.</translation>
    </message>
    <message>
        <source>Signed by a key you have not chosen to trust (key {key}). A key you trust has the same fingerprint but different key material: this may be an impersonation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">سىز ئىشىنىشنى تاللىمىغان ئاچقۇچ بىلەن ئىمزالانغان (ئاچقۇچ {key}). سىز ئىشىنىدىغان بىر ئاچقۇچنىڭ بارماق ئىزى ئوخشاش، ئەمما ئاچقۇچ مەزمۇنى باشقىچە: بۇ باشقىلارنىڭ نامىنى ئوغرىلاپ ئىمزالاش بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/verdicts.py" line="+74"/>
        <source>The signature is invalid or is not this archive&apos;s. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزا ئىناۋەتسىز ياكى بۇ ئارخىپنىڭ ئەمەس. تەپسىلاتى: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the archive that was signed: its name or edition was changed. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئارخىپ ئىمزا قويۇلغان ئارخىپنىڭ ئۆزى ئەمەس: نامى ياكى نەشرى ئۆزگەرتىلگەن. تەپسىلاتى: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive could not be read to the end: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنى ئاخىرىغىچە ئوقۇغىلى بولمىدى: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{item} matches what was signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{item} ئىمزالانغان نەرسىگە ماس كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} differs from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{item} ئىمزالانغان نەرسىدىن پەرقلىنىدۇ: {parts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} cannot be checked: the archive&apos;s signed list of contents cannot be relied on. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{item} نى تەكشۈرگىلى بولمايدۇ: ئارخىپنىڭ ئىمزالانغان مەزمۇن تىزىملىكىگە ئىشەنگىلى بولمايدۇ. تەپسىلاتى: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is not signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ئىمزالانمىغان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} cannot be checked on its own: the archive is signed only as a whole file, with no item proofs.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{item} نى ئايرىم تەكشۈرگىلى بولمايدۇ: ئارخىپ پەقەت پۈتۈن ھۆججەت سۈپىتىدە ئىمزالانغان، ماتېرىيال ئىسپاتى يوق.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{parts} and {count} more</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{parts} ۋە يەنە {count} جاي</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 part of the archive differs from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنىڭ 1 جايى ئىمزالانغان نەرسىدىن پەرقلىنىدۇ: {parts}.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Signed by {signer} (fingerprint {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{signer} ئىمزالىغان (بارماق ئىزى {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key you trust (fingerprint {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز ئىشىنىدىغان ئاچقۇچ بىلەن ئىمزالانغان (بارماق ئىزى {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed as a whole file by {signer} (fingerprint {key}); every byte matches. It has no item proofs: single items cannot be checked or proven on their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{signer} پۈتۈن ھۆججەت سۈپىتىدە ئىمزالىغان (بارماق ئىزى {key})؛ ھەر بىر بايت ماس كېلىدۇ. ئۇنىڭدا ماتېرىيال ئىسپاتى يوق: يەككە ماتېرىياللارنى ئايرىم تەكشۈرگىلى ياكى ئىسپاتلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed as a whole file by a key you trust (fingerprint {key}); every byte matches. It has no item proofs: single items cannot be checked or proven on their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز ئىشىنىدىغان ئاچقۇچ بىلەن پۈتۈن ھۆججەت سۈپىتىدە ئىمزالانغان (بارماق ئىزى {key})؛ ھەر بىر بايت ماس كېلىدۇ. ئۇنىڭدا ماتېرىيال ئىسپاتى يوق: يەككە ماتېرىياللارنى ئايرىم تەكشۈرگىلى ياكى ئىسپاتلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legacy signature format, not accepted: nothing Casefile accepts vouches for this archive&apos;s contents. Ask the publisher to sign it again with a current minisign or Casefile.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كونا ئىمزا فورماتى، قوبۇل قىلىنمايدۇ: بۇ ئارخىپنىڭ مەزمۇنىغا Casefile قوبۇل قىلىدىغان ھېچنېمە كاپالەتلىك قىلمايدۇ. ئېلان قىلغۇچىدىن ئۇنى ھازىرقى نەشرىدىكى minisign ياكى Casefile بىلەن قايتا ئىمزالاشنى سوراڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as a whole file by a key you do not have (key id {key_id}): nothing you trust vouches for this archive&apos;s contents. Get the publisher&apos;s key from them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىزدە يوق ئاچقۇچ بىلەن پۈتۈن ھۆججەت سۈپىتىدە ئىمزالانغان (ئاچقۇچ كىملىكى {key_id}): بۇ ئارخىپنىڭ مەزمۇنىغا سىز ئىشىنىدىغان ھېچنېمە كاپالەتلىك قىلمايدۇ. ئېلان قىلغۇچىنىڭ ئاچقۇچىنى ئۇنىڭ ئۆزىدىن ئېلىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by {signer} (fingerprint {key}), a key you revoked on {date}: it no longer vouches for anything.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{signer} ئىمزالىغان (بارماق ئىزى {key})، بۇ ئاچقۇچنى سىز {date} دە ئەمەلدىن قالدۇرغان: ئۇ ئەمدى ھېچنېمىگە كاپالەت بەرمەيدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the public Casefile demo key (fingerprint {key}), which anyone can use: it vouches only for the sample archive&apos;s exact contents, not for this archive.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممە ئادەم ئىشلىتەلەيدىغان ئاممىۋى Casefile نامايىش ئاچقۇچى بىلەن ئىمزالانغان (بارماق ئىزى {key}): ئۇ پەقەت ئۈلگە ئارخىپنىڭ ئەينەن مەزمۇنىغىلا كاپالەت بېرىدۇ، بۇ ئارخىپقا ئەمەس.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by a key you have not chosen to trust (fingerprint {key}). Trust it only if the publisher confirms this fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز ئىشىنىشنى تاللىمىغان ئاچقۇچ بىلەن ئىمزالانغان (بارماق ئىزى {key}). ئېلان قىلغۇچى بۇ بارماق ئىزىنى جەزملىگەندىلا ئۇنىڭغا ئىشىنىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by a key you have not chosen to trust (fingerprint {key}). A key you trust has the same key id but different key material: this may be an impersonation. Do not trust this key unless the publisher confirms this very fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز ئىشىنىشنى تاللىمىغان ئاچقۇچ بىلەن ئىمزالانغان (بارماق ئىزى {key}). سىز ئىشىنىدىغان بىر ئاچقۇچمۇ ئوخشاش ئاچقۇچ كىملىكىگە ئىگە، ئەمما ئاچقۇچ مەزمۇنى باشقىچە: بۇ باشقىلارنىڭ نامىنى ئوغرىلاپ ئىمزالاش بولۇشى مۇمكىن. ئېلان قىلغۇچى دەل مۇشۇ بارماق ئىزىنى جەزملىمىگۈچە بۇ ئاچقۇچقا ئىشەنمەڭ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive&apos;s indexes do not agree with its signed records, so what it shows could differ from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنىڭ ئىندېكسلىرى ئۇنىڭ ئىمزالانغان ئۇچۇرلىرى بىلەن ماس كەلمەيدۇ، شۇڭا ئۇ كۆرسىتىدىغان مەزمۇن ئىمزالانغان نەرسىدىن پەرقلىنىشى مۇمكىن: {parts}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} parts of the archive differ from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنىڭ {count} جايى ئىمزالانغان نەرسىدىن پەرقلىنىدۇ: {parts}.</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/badge.py" line="-4"/>
        <source>Verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانغان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزاسىز</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/verdicts.py" line="-52"/>
        <source>Nothing vouches for this archive&apos;s contents: treat them as unverified.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئارخىپنىڭ مەزمۇنىغا ھېچنېمە كاپالەتلىك قىلمايدۇ: ئۇلارنى تەستىقلانمىغان دەپ قاراڭ.</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+3"/>
        <source>Unknown signer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم ئىمزالىغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەمەلدىن قالدۇرۇلغان ئاچقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAMPERED</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساختىلاشتۇرۇلغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇزۇلغان</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="-96"/>
        <source>Change passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the passphrase protects is encrypted again under a new key, and the backups are replaced by one encrypted under it: the old passphrase will open neither the store nor any backup. This takes a few seconds.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە قوغدايدىغان ھەممە نەرسە يېڭى ئاچقۇچ بىلەن قايتا شىفىرلىنىدۇ، زاپاس نۇسخىلارنىڭ ئورنىغا شۇ ئاچقۇچ بىلەن شىفىرلانغان بىر زاپاس نۇسخا قويۇلىدۇ: كونا مەخپىي ئىبارە ئىزاھات ئامبىرىنىمۇ، ھېچقانداق زاپاس نۇسخىنىمۇ ئاچالمايدۇ. بۇ بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نۆۋەتتىكى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى مەخپىي ئىبارە (قايتا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نۆۋەتتىكى مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation type="unfinished">قايتا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your current passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نۆۋەتتىكى مەخپىي ئىبارىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى مەخپىي ئىبارە كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passphrases differ; type the same one twice.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىككى يېڭى مەخپىي ئىبارە ئوخشىمايدۇ؛ ئوخشاش ئىبارىنى ئىككى قېتىم كىرگۈزۈڭ.</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <location filename="../../viewer/citationdialog.py" line="+22"/>
        <source>Citation copied</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرى كۆچۈرۈلدى</translation>
    </message>
    <message>
        <source>This citation is on the clipboard, as text and for word processors:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">بۇ نەقىل ئۇچۇرى چاپلاش تاختىسىدا، تېكىست ۋە يېزىق بىر تەرەپ قىلىش يۇمشاق دېتالى ئۈچۈن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This citation is on the clipboard:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ نەقىل ئۇچۇرى چاپلاش تاختىسىدا:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This citation is on the clipboard. The archive&apos;s signature is not verified, and the citation says so: check the archive before you rely on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ نەقىل ئۇچۇرى چاپلاش تاختىسىدا. ئارخىپنىڭ ئىمزاسى تەستىقلانمىغان، نەقىل ئۇچۇرىدا بۇ يېزىلغان: ئۇنىڭغا تايىنىشتىن بۇرۇن ئارخىپنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnote form</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات شەكلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Footnote Form</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات شەكلىنى كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Footnote form:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات شەكلى:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The footnote form is on the clipboard.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات شەكلى چاپلاش تاختىسىدا.</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <location filename="../../viewer/qtstrings.py" line="+43"/>
        <source>Close Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەتكۈچنى تاقاش</translation>
    </message>
</context>
<context>
    <name>ColourBox</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="-156"/>
        <source>Highlight colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گەۋدىلەندۈرۈش رەڭگى</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../viewer/tabs.py" line="+94"/>
        <source>“{title}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{title}»</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <location filename="../../viewer/readers/email.py" line="+31"/>
        <source>Email reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلخەت ئوقۇغۇچ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەۋەتكۈچى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاپشۇرۇۋالغۇچى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆچۈرمە:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېما:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوشۇمچىلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوشۇمچە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished">تىپى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished">چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other messages of this thread</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ پاراڭدىكى باشقا خەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation type="unfinished">سۇبيېكت</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This email&apos;s headers cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئېلخەتنىڭ بېشىنى كۆرسەتكىلى بولمايدۇ: {0}</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Type words, names or phrases in any language of the archive: English, Chinese or Uyghur. Results come from reports, images and records of people and organisations in every open archive. Some examples:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئارخىپنىڭ خالىغان تىلىدا سۆز، ئىسىم ياكى ئىبارە كىرگۈزۈڭ: ئىنگلىزچە، خەنزۇچە ياكى ئۇيغۇرچە. نەتىجىلەر بارلىق ئېچىلغان ئارخىپلاردىكى دوكلاتلار، رەسىملەر ۋە شەخس ھەم تەشكىلاتلارنىڭ ئۇچۇرلىرىدىن چىقىدۇ. بىر قانچە مىسال:</translation>
    </message>
    <message>
        <location filename="../../viewer/search/help.py" line="+229"/>
        <source>Search for {query} ({what})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query} نى ئىزدەش ({what})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Press ? next to the search bar for everything the search understands.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش چۈشىنىدىغان بارلىق يېزىلىشلارنى كۆرۈش ئۈچۈن ئىزدەش بالدىقىنىڭ يېنىدىكى ? نى بېسىڭ.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open Archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ئېچىش…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search every open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئېچىلغان ئارخىپلاردىن ئىزدەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an archive to search it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئۈچۈن بىر ئارخىپ ئېچىڭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type words, names or phrases in any language of the archive: English, Chinese or Uyghur. Results come from reports, images, tables, emails and records of people and organisations in every open archive.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنىڭ ھەر قانداق تىلىدا سۆز، ئىسىم ياكى ئىبارە كىرگۈزۈڭ: ئىنگلىزچە، خەنزۇچە ياكى ئۇيغۇرچە. نەتىجىلەر ئېچىلغان ھەر بىر ئارخىپتىكى دوكلات، رەسىم، جەدۋەل، ئېلخەت ۋە شەخس ھەم تەشكىلات خاتىرىلىرىدىن كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Casefile archive is a .casefile file from a publisher: open it with the button below or File › Open Archive (Ctrl+O), or drop it on this window. Nothing is sent anywhere: Casefile works offline.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile ئارخىپى ئېلان قىلغۇچى بەرگەن ‏.casefile ھۆججىتىدۇر: ئۇنى تۆۋەندىكى كۇنۇپكا ياكى «ھۆججەت › ئارخىپ ئېچىش» (Ctrl+O) ئارقىلىق ئېچىڭ ياكى بۇ كۆزنەككە سۆرەپ تاشلاڭ. ھېچنېمە ھېچيەرگە ئەۋەتىلمەيدۇ: Casefile تورسىز ئىشلەيدۇ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some searches in this archive:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئارخىپتىكى بەزى ئىزدەشلەر:</translation>
    </message>
    <message>
        <source>Open an archive (File &gt; Open) to search it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئىزدەش ئۈچۈن ئارخىپ ئېچىڭ («ھۆججەت &gt; ئېچىش»)</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../viewer/entities/listview.py" line="+35"/>
        <source>Name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سخېما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic record: invented for demonstration, not real.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي ئۇچۇر: كۆرسىتىپ بېرىش ئۈچۈن ياسالغان، ھەقىقىي ئەمەس.</translation>
    </message>
</context>
<context>
    <name>EntityListView</name>
    <message>
        <location line="+20"/>
        <source>Entity type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities of this FollowTheMoney schema</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت مۇشۇ FollowTheMoney سخېمىسىدىكى ئوبيېكتلارنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter entities by name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكتلارنى نامى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, in any script…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامى بويىچە سۈزۈش، خالىغان يېزىقتا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches names and aliases: Latin, Chinese or Uyghur. Enter moves to the list.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نام ۋە باشقا ناملارغا ماس كېلىدۇ: لاتىنچە، خەنزۇچە ياكى ئۇيغۇرچە. Enter تىزىملىككە يۆتكەيدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity count</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت سانى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكتلار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the entities the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت نۆۋەتتىكى ئىزدەش تاپقان ئوبيېكتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the entities among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت «ئىزدەش» بەتكۈچىدە كىرگۈزۈلگەن ئىزدەش نەتىجىلىرىدىكى ئوبيېكتلارنى تىزىش</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All types ({count})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق تۈرلەر ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} ({count})</source>
        <extracomment>An entity type and how many entities of it the archive has: &quot;Person (184)&quot;.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{type} ({count})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئارخىپ يوق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} matching &quot;{text}&quot; among the entities the search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش تاپقان ئوبيېكتلار ئىچىدە «{text}» غا ماس كېلىدىغىنى {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} matching &quot;{text}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{text}» غا ماس كېلىدىغان {count} ئوبيېكت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entity found by the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش 1 ئوبيېكت تاپتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entities found by the search ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش {count} ئوبيېكت تاپتى ({loaded} يۈكلەندى)</translation>
    </message>
    <message>
        <source>{count} matching &quot;{text}&quot; so far (still looking)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ھازىرغىچە «{text}» غا ماس كېلىدىغان {count} ئوبيېكت (ئىزدەش داۋاملىشىۋاتىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entity ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ئوبيېكت ({loaded} يۈكلەندى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entities ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} ئوبيېكت ({loaded} يۈكلەندى)</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../viewer/entities/page.py" line="+36"/>
        <source>Synthetic record (not a real person)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي ئۇچۇر (ھەقىقىي شەخس ئەمەس)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic record (not a real place)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي ئۇچۇر (ھەقىقىي جاي ئەمەس)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{start} – {end}</source>
        <extracomment>A period of time: its start date, a dash, its end date.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{start} دىن باشلاپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{end} غىچە</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Back</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كەينىگە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت نامى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic record</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي ئۇچۇر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chinese names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەنزۇچە ناملار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇيغۇرچە ناملار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا ناملار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties and relations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاسلىقلار ۋە مۇناسىۋەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that mention this entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئوبيېكت تىلغا ئېلىنغان ماتېرىياللار</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <extracomment>A button&apos;s tooltip: what it does, then its keyboard shortcut in brackets.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{action} ({shortcut})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chinese:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەنزۇچە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇيغۇرچە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا ناملىرى:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Entity page: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت بېتى: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record not found</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇچۇر تېپىلمىدى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic record (invented, not real)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي ئۇچۇر (ياسالغان، ھەقىقىي ئەمەس)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No other properties.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا خاسلىق يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاسلىقلار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەتلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No relations.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەت يوق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {0} more not shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يەنە كۆرسىتىلمىگەن {0} دانە بار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(record missing)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(ئۇچۇر يوق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>synthetic</source>
        <extracomment>After a link to an entity or item: the record is invented for demonstration, not real.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Referenced by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇنىڭغا ئۇلانغانلار</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mentioned in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىلغا ئېلىنغان جايلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report or image mentions this entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئوبيېكت ھېچقانداق دوكلات ياكى رەسىمدە تىلغا ئېلىنمىغان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned in 1 item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ماتېرىيالدا تىلغا ئېلىنغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned in {0} items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ماتېرىيالدا تىلغا ئېلىنغان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and 1 more item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يەنە 1 ماتېرىيال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {0} more items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يەنە {0} ماتېرىيال</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 mention</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 قېتىم تىلغا ئېلىنغان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} قېتىم تىلغا ئېلىنغان</translation>
    </message>
</context>
<context>
    <name>EntityProperty</name>
    <message>
        <location filename="../../viewer/entities/labels.py" line="+58"/>
        <source>Holder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە ئۆتىگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە ئورنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەزا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەشكىلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەھبەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۈلۈك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۇغقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەتلىك شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەتچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەت بەرگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكالەت بەرگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۇبيېكت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نىشان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆلىگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەپ ئالغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessor</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىلگىرىكىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزباسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئادرېس</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Proof</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىسپات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاتا تۈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەجداد تۈرلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictured</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىمدىكىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەشكىللىگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involved</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەتلىك تەرەپلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېنىقلانغان ئوبيېكت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسكەرتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېمىلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھالقىلىق سۆزلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دۆلەت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تولۇق ئادرېس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەھەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnational area</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەمۇرىي رايون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قانۇنىي تەۋەلىك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دۆلەت تەۋەلىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پۇقرالىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۇغۇلغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۇغۇلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاپات بولغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماۋزۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىسمى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">فامىلىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جىنسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھالىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساھە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incorporation date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىزىملاش نومۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىملىك نومۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلخەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېلېفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تور بېكەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەنبە URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata id</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Wikidata كىملىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEP</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىياسىي نوپۇزلۇق شەخس (PEP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشلانغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاخىرلاشقان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھوقۇقلۇق ئورگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پروگرامما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگىلىمىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سەۋەب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىزىملىككە كىرگۈزۈلگەن چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچى</translation>
    </message>
</context>
<context>
    <name>EntityRelation</name>
    <message>
        <location line="+5"/>
        <source>Holds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىلىگەن ۋەزىپىلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holders</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە ئىگىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەزا بولغان تەشكىلاتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەزالار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directs</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەھبەرلىكىدىكى ئورۇنلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەھبەرلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owns</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىدارلىقىدىكىلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owners</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىدارلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۇغقانلىرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relatives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۇغقانلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated with</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋىتى بار شەخسلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associates</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەتلىك شەخسلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەت ئورۇنلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەتچىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكالەت بەرگۈچىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكىللەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باغلىنىشلىق ئوبيېكتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked with</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باغلىنىشى بار ئوبيېكتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆلەم ئالغۇچىلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payers</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆلىگۈچىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزباسارلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىنقىلار</translation>
    </message>
</context>
<context>
    <name>EntitySchema</name>
    <message>
        <location line="-137"/>
        <source>Person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخسلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەشكىلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەشكىلاتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شىركەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شىركەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆكۈمەت ئورگىنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public bodies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆكۈمەت ئورگانلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قانۇنىي شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قانۇنىي شەخسلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۈلۈك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۈلۈكلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئادرېس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئادرېسلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Positions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىملەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەقە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەقەلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىلغا ئېلىنىش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىلغا ئېلىنىشلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanction</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جازا تەدبىرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sanctions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جازا تەدبىرلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە ئىگىلەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەزىپە ئىگىلەشلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەزالىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەزالىقلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directorship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەھبەرلىك ۋەزىپىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directorships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەھبەرلىك ۋەزىپىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىدارلىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownerships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىگىدارلىقلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئائىلە مۇناسىۋىتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family ties</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئائىلە مۇناسىۋەتلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخسىي مۇناسىۋەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associates</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخسىي مۇناسىۋەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەت مۇناسىۋىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خىزمەت مۇناسىۋەتلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكىللىك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋەكىللىك مۇناسىۋەتلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown link</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم باغلىنىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown links</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم باغلىنىشلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆلەم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆلەملەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succession</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزباسارلىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزباسارلىقلار</translation>
    </message>
</context>
<context>
    <name>EntityTopic</name>
    <message>
        <location line="+105"/>
        <source>Politically exposed person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىياسىي نوپۇزلۇق شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىن مۇناسىۋەتلىك شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctioned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جازا تەدبىرى قوللىنىلغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-sanctioned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتۇرما جازا تەدبىرى قوللىنىلغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crime</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جىنايەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person of interest</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دىققەت قىلىنىۋاتقان شەخس</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../viewer/export/dialog.py" line="+31"/>
        <source>Results of the current search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نۆۋەتتىكى ئىزدەشنىڭ نەتىجىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with the tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ بەلگە قويۇلغان ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items mentioning the open entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئوبيېكت تىلغا ئېلىنغان ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ماتېرىيال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items selected in the Items tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«ماتېرىياللار» بەتكۈچىدە تاللانغان ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دەلىل بولىقى چىقىرىش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items to export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىلىدىغان ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the items you gave this tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز بۇ بەلگىنى قويغان ماتېرىياللارنى چىقىرىش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundle file or folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بولاق ھۆججىتى ياكى قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاللاش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بولاقنى ساقلايدىغان ئورۇننى تاللاڭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my notes and tags (highlights are always included)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە ۋە بەلگىلىرىمنى قوشۇش (گەۋدىلەندۈرۈشلەر ھەمىشە قوشۇلىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش جەريانى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export status</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش ھالىتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگە:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلاش ئورنى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each original file is copied byte for byte with its proof that the publisher signed it, and an exhibit list (HTML and PDF) that anyone can check.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەر بىر ئەسلى ھۆججەت بايتمۇبايت كۆچۈرۈلىدۇ، ئۇنىڭغا ئېلان قىلغۇچىنىڭ ئىمزالىغانلىق ئىسپاتى ۋە ھەر قانداق ئادەم تەكشۈرەلەيدىغان دەلىل تىزىملىكى (HTML ۋە PDF) قوشۇلىدۇ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save evidence bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دەلىل بولىقىنى ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file (*.zip);;Folder (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏ZIP ھۆججىتى (*.zip);;قىسقۇچ (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+27"/>
        <source>Cancelled: nothing was written.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىندى: ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Exporting 1 item…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏1 ماتېرىيال چىقىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {0} items…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ماتېرىيال چىقىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported 1 exhibit to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏1 دەلىل {2} سېكۇنتتا {1} غا چىقىرىلدى. تەكشۈرۈش بۇيرۇقى: casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0} exhibits to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} دەلىل {2} سېكۇنتتا {1} غا چىقىرىلدى. تەكشۈرۈش بۇيرۇقى: casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>Exporting {0} item(s)…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{0} ماتېرىيال چىقىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Exported {0} exhibit(s) to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{0} دەلىل {2} سېكۇنتتا {1} غا چىقىرىلدى. تەكشۈرۈش بۇيرۇقى: casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىلمىدى: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاقاش</translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message>
        <location filename="../../viewer/search/models.py" line="+264"/>
        <source>(cannot be used as a filter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(سۈزگۈچ قىلىپ ئىشلەتكىلى بولمايدۇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results}; click to remove the filter: {filter}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{results}؛ سۈزگۈچنى چىقىرىۋېتىش ئۈچۈن چېكىڭ: {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results}; click to show only these results: {filter}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{results}؛ پەقەت مۇشۇ نەتىجىلەرنىلا كۆرسىتىش ئۈچۈن چېكىڭ: {filter}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Narrow down</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تارايتىش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجىلەر</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="+174"/>
        <source>Find in this document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ھۆججەتتىن تېپىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەتتىن تېپىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter finds the next match, Shift+Enter the previous</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Enter كېيىنكىسىنى، Shift+Enter ئالدىنقىسىنى تاپىدۇ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىلغانلار</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىلمىدى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}/{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} جايدا تېپىلدى</translation>
    </message>
</context>
<context>
    <name>FolderSelector</name>
    <message>
        <location filename="../../viewer/folders.py" line="+42"/>
        <source>Folder</source>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the items in one folder of the publisher&apos;s collection (its sub-folders included)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تارقاتقۇچى توپلىمىدىكى بىر قىسقۇچتىكى تۈرلەرنىلا كۆرسىتىش (تارماق قىسقۇچلىرى بىلەن)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All folders</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق قىسقۇچلار</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} ({count})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{name} ({count})</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <location filename="../../viewer/gallery.py" line="+277"/>
        <source>synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ failed</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ ئۆتمىدى</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location line="-192"/>
        <source>Loading…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No preview</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىن كۆرۈش يوق</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>synthetic (invented for demonstration)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي (كۆرسىتىش ئۈچۈن ياسالغان)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقتىن ئۆتمىدى</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location line="+124"/>
        <source>Gallery summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىملەر قىسقىچە مەزمۇنى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image gallery</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم ئالبومى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move, Enter opens the image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يۆنىلىش كۇنۇپكىلىرى يۆتكەيدۇ، Enter رەسىمنى ئاچىدۇ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the images the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت نۆۋەتتىكى ئىزدەش تاپقان رەسىملەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the images among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت «ئىزدەش» بەتكۈچىدە كىرگۈزۈلگەن ئىزدەش نەتىجىلىرىدىكى رەسىملەرنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort images by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىملەرنى تەرتىپلەش ئۇسۇلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build order</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياسالغان تەرتىپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title, A to Z</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماۋزۇ، A دىن Z غىچە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title, Z to A</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماۋزۇ، Z دىن A غىچە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, oldest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا، ئەڭ كونىسى ئالدىدا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date, newest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا، ئەڭ يېڭىسى ئالدىدا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sort by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەرتىپلەش</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 image found by the search in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ‏{archive} دا 1 رەسىم تاپتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images found by the search in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ‏{archive} دا {count} رەسىم تاپتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 image in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} ئىچىدە 1 رەسىم بار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} images in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} ئىچىدە {count} رەسىم بار</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئارخىپ يوق</translation>
    </message>
</context>
<context>
    <name>GraphTab</name>
    <message>
        <location filename="../../viewer/network.py" line="+230"/>
        <source>Kinds of link shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرسىتىلگەن باغلىنىش تۈرلىرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only links that held in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت بۇ يىلى بار بولغان باغلىنىشلار:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation type="unfinished">يىل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to Window</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆزنەككە سىغدۇرۇش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PNG چىقىرىش…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export SVG…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏SVG چىقىرىش…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links shown:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرسىتىلگەن باغلىنىشلار:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot add the links of this entity: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئوبيېكتنىڭ باغلىنىشلىرىنى قوشقىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{nodes} people, organisations and records, {links} links. Double-click one (or Enter) to add its links; Ctrl+Enter opens its page.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{nodes} شەخس، تەشكىلات ۋە خاتىرە، {links} باغلىنىش. باغلىنىشلىرىنى قوشۇش ئۈچۈن بىرىنى قوش چېكىڭ (ياكى Enter)؛ Ctrl+Enter ئۇنىڭ بېتىنى ئاچىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some have more links than can be shown: only the first 500 of theirs are here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەزىلىرىنىڭ باغلىنىشى كۆرسەتكىلى بولىدىغاندىن كۆپ: بۇ يەردە ھەر بىرىنىڭ پەقەت ئالدىنقى 500 ى بار.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەت گرافىكىنى چىقىرىش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The graph was not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گرافىك چىقىرىلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graph exported to {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گرافىك {path} غا چىقىرىلدى</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location line="-276"/>
        <source>Relationship graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەت گرافىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between people and organisations, Enter adds their links, Ctrl+Enter opens their page, Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يا ئوقلار شەخس ۋە تەشكىلاتلار ئارىسىدا يۆتكىلىدۇ، Enter باغلىنىشلىرىنى قوشىدۇ، Ctrl+Enter بېتىنى ئاچىدۇ، Ctrl ۋە چاشقىنەك چاقى چوڭايتىپ-كىچىكلىتىدۇ.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../viewer/readers/image.py" line="+75"/>
        <source>Image viewer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم كۆرگۈچ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ and - zoom, F fits, [ and ] rotate, R draws a region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">+ ۋە - چوڭايتىپ-كىچىكلىتىدۇ، F ماسلاشتۇرىدۇ، [ ۋە ] ئايلاندۇرىدۇ، R رايون سىزىدۇ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىچىكلىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چوڭايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆزنەككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سولغا ئايلاندۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate right</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوڭغا ئايلاندۇرۇش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون سىزىش</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous page</source>
        <translation type="unfinished">ئالدىنقى بەت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation type="unfinished">كېيىنكى بەت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous hit</source>
        <translation type="unfinished">ئالدىنقى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translation type="unfinished">كېيىنكى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recognised text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تونۇلغان تېكىستنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark words as region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاللانغان سۆزلەرنى رايون قىلىپ بەلگىلەش</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recognised text of this picture</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ رەسىمدىن تونۇلغان تېكىست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page was not machine-read.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ بەت ماشىنىدا ئوقۇلمىغان.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Caption</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورۇن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image metadata and EXIF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم مېتا سانلىق مەلۇماتى ۋە EXIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۆلەك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىممەت</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“{0}” cannot be displayed: {1}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{0}» نى كۆرسەتكىلى بولمايدۇ: {1}.</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Hit {0} of {1}, page {2}</source>
        <translation type="unfinished">‏{0}/{1} تېپىلغان جاي، {2}-بەت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select words in the recognised text first (Ctrl+Shift+T).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال تونۇلغان تېكىستتىن سۆز تاللاڭ (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+65"/>
        <source>Place: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورۇن: {0}</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Page {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{1} بەتتىن {0}-بەت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Format</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">فورمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆلچىمى</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>{0} × {1} pixels</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} × {1} پىكسېل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown as</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرسىتىلىشى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a {0} × {1} pixel view made by the publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تارقاتقۇچى ياسىغان {0} × {1} پىكسېللىق كۆرۈنۈش</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Drag a rectangle on the picture to mark a region (R or Esc to stop).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون بەلگىلەش ئۈچۈن رەسىم ئۈستىدە تىك تۆتبۇلۇڭ سىزىڭ (توختىتىش ئۈچۈن R ياكى Esc).</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="+30"/>
        <source>Annotations imported</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلار ئەكىرىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {file}: {totals}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{file} دىن: {totals}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What became of each annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەر بىر ئىزاھاتنىڭ بىر تەرەپ قىلىنىش نەتىجىسى</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../viewer/tabs.py" line="-31"/>
        <source>Integrity warning</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تولۇقلۇق ئاگاھلاندۇرۇشى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ This item cannot be checked: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ بۇ ماتېرىيالنى تەكشۈرگىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This archive is unsigned: nothing vouches that this item is what its publisher released.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئارخىپ ئىمزاسىز: بۇ ماتېرىيالنىڭ ئېلان قىلغۇچى تارقاتقان نەرسە ئىكەنلىكىگە ھېچنېمە كاپالەتلىك قىلمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ DOES NOT MATCH WHAT THE PUBLISHER SIGNED. {reason} Do not rely on this item as evidence.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ ئېلان قىلغۇچى ئىمزالىغان نەرسىگە ماس كەلمەيدۇ. {reason} بۇ ماتېرىيالنى دەلىل قىلماڭ.</translation>
    </message>
</context>
<context>
    <name>ItemMetadataPanel</name>
    <message>
        <location filename="../../viewer/metadata.py" line="+33"/>
        <source>Report</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دوكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جەدۋەل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">ئېلخەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى پېتى ساقلانغان ھۆججەت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماۋزۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاپتورلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىللار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت نامى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مېدىيا تىپى</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive is signed by an unknown key: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ ئىمزالانغان نەرسىگە ماس كېلىدۇ، لېكىن ئارخىپ نامەلۇم ئاچقۇچ بىلەن ئىمزالانغان: {message}</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive is signed by a revoked key: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ ئىمزالانغان نەرسىگە ماس كېلىدۇ، لېكىن ئارخىپ ئەمەلدىن قالدۇرۇلغان ئاچقۇچ بىلەن ئىمزالانغان: {message}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✗ Cannot be checked: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ تەكشۈرگىلى بولمايدۇ: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✗ Failed verification: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ تەستىقتىن ئۆتمىدى: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsigned: nothing vouches for this item.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزاسىز: بۇ ماتېرىيالغا ھېچنېمە كاپالەتلىك قىلمايدۇ.</translation>
    </message>
    <message>
        <source>✓ Matches the signed manifest; still verifying the archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ ئىمزالانغان مەزمۇن تىزىملىكىگە ماس كېلىدۇ؛ ئارخىپ تېخى تەستىقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>✓ Matches the signed manifest; archive not verified yet.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ ئىمزالانغان مەزمۇن تىزىملىكىگە ماس كېلىدۇ؛ ئارخىپ تېخى تەستىقلانمىغان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Verified. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✓ تەستىقلانغان. {message}</translation>
    </message>
    <message>
        <source>✓ This item matches what was signed, but other parts of the archive do not: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ بۇ ماتېرىيال ئىمزالانغان نەرسىگە ماس كېلىدۇ، لېكىن ئارخىپنىڭ باشقا قىسىملىرى ماس كەلمەيدۇ: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ The archive is damaged: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ ئارخىپ بۇزۇلغان: {message}</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive could not be verified: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ ئىمزالانغان نەرسىگە ماس كېلىدۇ، لېكىن ئارخىپنى تەستىقلىغىلى بولمىدى: {message}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Path</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىچىدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەزمۇن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File facts</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت ئۇچۇرلىرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: the archive is signed by a key you have not chosen to trust. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: ئارخىپ سىز ئىشىنىشنى تاللىمىغان ئاچقۇچ بىلەن ئىمزالانغان. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified: the archive is signed by a key you revoked. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: ئارخىپ سىز ئەمەلدىن قالدۇرغان ئاچقۇچ بىلەن ئىمزالانغان. {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Verified with the whole file, which has no item proofs. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✓ پۈتۈن ھۆججەت بويىچە تەستىقلانغان، ئۇنىڭدا ماتېرىيال ئىسپاتى يوق. {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not verified: this item matches the archive&apos;s list of contents, but other parts of the archive do not: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: بۇ ماتېرىيال ئارخىپنىڭ مەزمۇن تىزىملىكىگە ماس كېلىدۇ، لېكىن ئارخىپنىڭ باشقا قىسىملىرى ماس كەلمەيدۇ: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not verified: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified yet: still verifying the archive and its signer…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېخى تەستىقلانمىغان: ئارخىپ ۋە ئۇنىڭ ئىمزالىغۇچىسى تەستىقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified: verification stopped: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: تەستىقلاش توختىدى: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: verification was cancelled. Use Archive › Verify again.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانمىغان: تەستىقلاش بىكار قىلىندى. «ئارخىپ › قايتا تەستىقلاش» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SHA-256 of the original file</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى ھۆججەتنىڭ SHA-256 قىممىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the original file, as signed by the publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى ھۆججەتنىڭ ئېلان قىلغۇچى ئىمزالىغان SHA-256 قىممىتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SHA-256</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏SHA-256 نى كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the SHA-256 to the clipboard</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏SHA-256 نى چاپلاش تاختىسىغا كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەشرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۈنئىي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-read text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماشىنىدا ئوقۇلغان تېكىست</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}:</source>
        <extracomment>A label in the item&apos;s facts: the field&apos;s name, then a colon.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes: invented for demonstration, not evidence</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەئە: كۆرسىتىش ئۈچۈن ياسالغان، دەلىل ئەمەس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياق</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Machine-read text (OCR): {engine}, {languages}, mean confidence {confidence}, {read} of {pages} pages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماشىنىدا ئوقۇلغان تېكىست (OCR): {engine}، {languages}، ئوتتۇرىچە ئىشەنچ {confidence}، {pages} بەتتىن {read} بەت</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} ({id})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{title} ({id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} (missing)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{id} (يوق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as given, not read: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى پېتى ساقلاندى، ئوقۇلمىدى: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read: its text and views were made from it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوقۇلدى: تېكىستى ۋە كۆرۈنۈشلىرى ئۇنىڭدىن ياسالدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top level)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(ئەڭ ئۈستى)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{text} … (cut: the archive holds more)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{text} … (كېسىلدى: ئارخىپتا بۇنىڭدىن كۆپ مەزمۇن بار)</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <location filename="../../viewer/tabs.py" line="+86"/>
        <source>Details and annotations of this item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ماتېرىيالنىڭ تەپسىلاتى ۋە ئىزاھاتلىرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپسىلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلار</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../viewer/library/sidebar.py" line="+216"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماۋزۇ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىملىك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} (synthetic)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{title} (سۈنئىي)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../viewer/library/sessions.py" line="+197"/>
        <source>{file}, edition {edition} — {title}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{file}، نەشرى {edition} — {title}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../viewer/library/sidebar.py" line="-156"/>
        <source>{file}, edition {edition}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{file}، نەشرى {edition}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/mainwindow.py" line="+84"/>
        <source>Ready.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەييار.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئارخىپلار</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only the items the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت نۆۋەتتىكى ئىزدەش تاپقان تۈرلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the items among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت «ئىزدەش» بەتكۈچىدە كىرگۈزۈلگەن ئىزدەش نەتىجىلىرىدىكى تۈرلەرنى تىزىش</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Views and open documents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرۈنۈشلەر ۋە ئېچىلغان ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: Casefile never uses the network.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تورسىز: Casefile ھەرگىز تور ئىشلەتمەيدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items in the archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپتىكى ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Archive title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ماۋزۇسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ قىسقىچە مەزمۇنى</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Library</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپخانا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىملەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكتلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ئېچىش(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .casefile archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏.casefile ئارخىپىنى ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىندا ئېچىلغانلار(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Evidence Bundle…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دەلىل بولىقى چىقىرىش(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export items with their proofs, your annotations and an exhibit list</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماتېرىياللارنى ئىسپاتلىرى، ئىزاھاتلىرىڭىز ۋە دەلىل تىزىملىكى بىلەن بىللە چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Item as &amp;PDF…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرنى PDF قىلىپ ساقلاش(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report or email in front to a PDF, with your highlights and notes and its citation on every page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىدىكى دوكلات ياكى ئېلخەتنى PDF قىلىپ بېسىش، بەلگىلەش ۋە ئىزاھاتلىرىڭىز بىلەن، ھەر بەتتە نەقىل ئۇچۇرى بىلەن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنى تاقاش(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the archive selected in the library</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپخانىدا تاللانغان ئارخىپنى تاقاش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېكىنىش(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يۆتكىلىش(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئىزدەش(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىش(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all open archives (in a report or PDF, Ctrl+F finds in that document)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئېچىلغان ئارخىپلاردىن ئىزدەش (دوكلات ياكى PDF ئىچىدە Ctrl+F شۇ ھۆججەتتىن تاپىدۇ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېيىنكى بەتكۈچ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىنقى بەتكۈچ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەتكۈچنى تاقاش(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship &amp;Graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مۇناسىۋەت گرافىكى(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, organisations and records linked to the entity in front, as a network you grow node by node</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىدىكى ئوبيېكتقا باغلانغان شەخس، تەشكىلات ۋە خاتىرىلەر، تۈگۈنمۇ تۈگۈن كېڭەيتىدىغان تور شەكلىدە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ti&amp;meline</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقى(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated items and relations on a time axis: around the entity in front, of the search typed, or of the whole archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلالىق تۈرلەر ۋە مۇناسىۋەتلەر ۋاقىت ئوقىدا: ئالدىدىكى ئوبيېكت، كىرگۈزۈلگەن ئىزدەش ياكى پۈتۈن ئارخىپ ئۈچۈن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆرۈنۈش(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېما(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>System</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىستېما</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Light</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يورۇق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قاراڭغۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىل(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا تەستىقلاش(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check every byte of the selected archive against its signature</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاللانغان ئارخىپنىڭ ھەر بىر بايتىنى ئىمزاسى بىلەن قايتا سېلىشتۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاشنى بىكار قىلىش(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop verifying</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاشنى توختىتىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy C&amp;itation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرىنى كۆچۈرۈش(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a citation of the item in front and of the passage selected in it: archive, edition, item, page, SHA-256 and the signature check</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىدىكى تۈرنىڭ ۋە ئۇنىڭدا تاللانغان بۆلەكنىڭ نەقىل ئۇچۇرىنى كۆچۈرىدۇ: ئارخىپ، نەشرى، تۈر، بەت، SHA-256 ۋە ئىمزا تەكشۈرۈش نەتىجىسى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياردەم(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Syntax</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش قائىدىسى(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile ھەققىدە(&amp;A)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Opened {name}; verifying in the background.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{name} ئېچىلدى؛ ئارقا سۇپىدا تەستىقلىنىۋاتىدۇ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: {state}. {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{name}: {state}. {detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئارخىپ يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an archive with File › Open Archive (Ctrl+O), or drop a .casefile file here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«ھۆججەت › ئارخىپ ئېچىش» (Ctrl+O) ئارقىلىق ئارخىپ ئېچىڭ ياكى .casefile ھۆججىتىنى بۇ يەرگە تاشلاڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edition {edition} · published by {publisher}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەشرى {edition} · ئېلان قىلغۇچى {publisher}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reports} reports · {images} images · {entities} entities · {mentions} mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{reports} دوكلات · {images} رەسىم · {entities} ئوبيېكت · {mentions} قېتىم تىلغا ئېلىنغان</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+203"/>
        <source>Open an archive first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال ئارخىپ ئېچىڭ.</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Search, open an item or an entity, or tag items, then export them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال ئىزدەڭ، ماتېرىيال ياكى ئوبيېكت ئېچىڭ ياكى ماتېرىياللارغا بەلگە قويۇڭ، ئاندىن چىقىرىڭ.</translation>
    </message>
    <message>
        <source>Open a report or an email first. Other items: export the original with File › Export Evidence Bundle.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئالدى بىلەن بىر دوكلات ياكى ئېلخەتنى ئېچىڭ. باشقا تۈرلەر: ئەسلىنى «ھۆججەت › دەلىل بولىقىنى چىقىرىش» بىلەن چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Item as PDF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرنى PDF قىلىپ ساقلاش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PDF ساقلانمىدى: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {pages} pages to {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{pages} بەت {path} غا ساقلاندى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} images found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query} {count} رەسىم تاپتى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} entities found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query} {count} ئوبيېكت تاپتى</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a search in the Search tab first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدى بىلەن «ئىزدەش» بەتكۈچىدە ئىزدەش كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search cannot narrow the list: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش تىزىملىكنى تارايتالمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{count} items found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query} {count} تۈر تاپتى</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Open a report, an email, a picture or a PDF first. Tables and files kept as given: export the original with File › Export Evidence Bundle.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدى بىلەن بىر دوكلات، ئېلخەت، رەسىم ياكى PDF ئېچىڭ. جەدۋەل ۋە ئەسلى پېتى ساقلانغان ھۆججەتلەر: ئەسلىسىنى «ھۆججەت › دەلىل بوغچىسىنى چىقىرىش» بىلەن چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open an item first: a citation is of the item in front, and of the passage selected in it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدى بىلەن بىر تۈرنى ئېچىڭ: نەقىل ئۇچۇرى ئالدىدىكى تۈر ۋە ئۇنىڭدا تاللانغان بۆلەك ئۈچۈن بولىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No citation: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرى يوق: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citation copied, with the publisher&apos;s key fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرى كۆچۈرۈلدى، ئېلان قىلغۇچىنىڭ ئاچقۇچ بارماق ئىزى بىلەن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation copied. It says that the archive&apos;s signature is not verified: check the archive before you rely on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەقىل ئۇچۇرى كۆچۈرۈلدى. ئۇنىڭدا ئارخىپنىڭ ئىمزاسى تەستىقلانمىغانلىقى يېزىلغان: ئۇنىڭغا تايىنىشتىن بۇرۇن ئارخىپنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile ئارخىپلىرى (*.casefile);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not kept in portable mode</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلىپ يۈرۈشچان ھالەتتە ساقلانمايدۇ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recent archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىندا ئېچىلغان ئارخىپ يوق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىزىملىكنى تازىلاش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپنى ئاچقىلى بولمايدۇ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot open {what}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{what} نى ئاچقىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Timeline: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقى: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline: {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقى: {query}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline: {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقى: {archive}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Graph: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گرافىك: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an entity first: the graph grows from a person or an organisation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدى بىلەن بىر ئوبيېكتنى ئېچىڭ: گرافىك بىر شەخس ياكى تەشكىلاتتىن باشلاپ كېڭىيىدۇ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That annotation was deleted in the meantime.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇ ئىزاھات بۇ ئارىلىقتا ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} نى تاقاش</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile ھەققىدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile reads signed evidence archives offline.

It never uses the network: nothing you open or search leaves this computer. Archives are opened read-only and checked against their publisher&apos;s signature.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Casefile ئىمزالانغان دەلىل ئارخىپلىرىنى تورسىز ئوقۇيدۇ.

ئۇ ھەرگىز تور ئىشلەتمەيدۇ: سىز ئاچقان ياكى ئىزدىگەن ھېچنېمە بۇ كومپيۇتېردىن چىقمايدۇ. ئارخىپلار پەقەت ئوقۇش ئۈچۈن ئېچىلىدۇ ۋە ئېلان قىلغۇچىنىڭ ئىمزاسى بىلەن تەكشۈرۈلىدۇ.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+16"/>
        <location line="+6"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Note on {subject}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{subject} ھەققىدە خاتىرە</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the note first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال خاتىرىنى يېزىڭ.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="-28"/>
        <source>#</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotation</source>
        <translation type="unfinished">ئىزاھات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished">سەۋەب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no id)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(كىملىكى يوق)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="-106"/>
        <source>Protect notes with a passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەرنى مەخپىي ئىبارە بىلەن قوغداش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەرنى قۇلۇپتىن ئېچىش</translation>
    </message>
    <message>
        <source>Notes and tags will be encrypted with this passphrase. Without it they cannot be read: there is no way to recover a forgotten passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">خاتىرە ۋە بەلگىلەر مۇشۇ مەخپىي ئىبارە بىلەن شىفىرلىنىدۇ. ئۇنىڭسىز ئۇلارنى ئوقۇغىلى بولمايدۇ: ئۇنتۇلغان مەخپىي ئىبارىنى ئەسلىگە كەلتۈرۈشنىڭ ھېچقانداق يولى يوق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes, tags, highlighted words with the words around them, where each highlight and region is, author names and the audit log&apos;s details will be encrypted with this passphrase. Without it they cannot be read: there is no way to recover a forgotten passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر، بەلگىلەر، گەۋدىلەندۈرۈلگەن سۆزلەر ۋە ئۇلارنىڭ ئەتراپىدىكى سۆزلەر، ھەر بىر گەۋدىلەندۈرۈش ۋە رايوننىڭ ئورنى، ئاپتور ناملىرى ۋە تەپتىش خاتىرىسىنىڭ تەپسىلاتلىرى مۇشۇ مەخپىي ئىبارە بىلەن شىفىرلىنىدۇ. ئۇنىڭسىز ئۇلارنى ئوقۇغىلى بولمايدۇ: ئۇنتۇلغان مەخپىي ئىبارىنى ئەسلىگە كەلتۈرۈشنىڭ ھېچقانداق يولى يوق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the passphrase that protects your notes and tags.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە ۋە بەلگىلىرىڭىزنى قوغدايدىغان مەخپىي ئىبارىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still readable without it: which items and entities of which archive carry annotations, their kind (highlight, region, note, bookmark), colour and dates, whether they were imported and with which motivation and note format, and the date and kind of each audit entry. The daily backups and any damaged store set aside, made before protection, are deleted; one protected backup replaces them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇنىڭسىزمۇ ئوقۇغىلى بولىدىغانلار: قايسى ئارخىپنىڭ قايسى ماتېرىيال ۋە ئوبيېكتلىرىدا ئىزاھات بارلىقى، ئىزاھاتلارنىڭ تۈرى (گەۋدىلەندۈرۈش، رايون، خاتىرە، خەتكۈچ)، رەڭگى ۋە چېسلالىرى، ئۇلارنىڭ ئەكىرىلگەن-ئەكىرىلمىگەنلىكى، مەقسىتى ۋە خاتىرە فورماتى، شۇنداقلا تەپتىش خاتىرىسىدىكى ھەر بىر يازمىنىڭ چېسلاسى ۋە تۈرى. قوغداشتىن بۇرۇن ئېلىنغان كۈندىلىك زاپاس نۇسخىلار ۋە ئايرىپ قويۇلغان ھەر قانداق بۇزۇلغان ئىزاھات ئامبىرى ئۆچۈرۈلىدۇ؛ ئۇلارنىڭ ئورنىغا قوغدالغان بىر زاپاس نۇسخا قويۇلىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە (قايتا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىككى مەخپىي ئىبارە ئوخشىمايدۇ؛ ئوخشاش ئىبارىنى ئىككى قېتىم كىرگۈزۈڭ.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../viewer/readers/pdf.py" line="+49"/>
        <source>it is damaged or not a PDF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇزۇلغان ياكى PDF ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is encrypted</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شىفىرلانغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is encrypted with an unsupported scheme</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوللىمايدىغان ئۇسۇلدا شىفىرلانغان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its data is incomplete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سانلىق مەلۇماتى تولۇق ئەمەس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDFium could not read it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PDFium ئۇنى ئوقۇيالمىدى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page tree is too large or too tangled to count (this reader opens PDFs of at most {0} pages)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەت دەرىخى بەك چوڭ ياكى بەك چىگىش، بەتلىرىنى سانىغىلى بولمايدۇ (بۇ ئوقۇغۇچ ئەڭ كۆپ بولغاندا {0} بەتلىك PDF نى ئاچالايدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has more than {0} pages, the most this reader opens</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەت سانى {0} دىن كۆپ، بۇ ئوقۇغۇچ ئەڭ كۆپ بولغاندا شۇنچىلىك بەتنى ئاچالايدۇ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>PDF reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PDF ئوقۇغۇچ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF pages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏PDF بەتلىرى</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recognised text of this page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ بەتتىن تونۇلغان تېكىست</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Previous page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىنقى بەت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەت نومۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number (type a number and press Enter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەت نومۇرى (سان كىرگۈزۈپ Enter نى بېسىڭ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېيىنكى بەت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىچىكلىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چوڭايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كەڭلىككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەتكە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىنقى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېيىنكى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىلغان جاينى گەۋدىلەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recognised text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تونۇلغان تېكىستنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This PDF cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ PDF نى كۆرسەتكىلى بولمايدۇ: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” cannot be displayed: {1}. The archive holds the original bytes unchanged; export the file to inspect it with other tools.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{0}» نى كۆرسەتكىلى بولمايدۇ: {1}. ئارخىپتا ئەسلى بايتلار ئۆزگەرمەي ساقلانغان؛ باشقا قوراللار بىلەن تەكشۈرۈش ئۈچۈن ھۆججەتنى چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> of {0} </source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏ / {0} </translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Hit {0} of {1}, page {2}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}/{1} تېپىلغان جاي، {2}-بەت</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This page was not machine-read: its text is in the page.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ بەت ماشىنىدا ئوقۇلمىغان: تېكىستى بەتنىڭ ئۆزىدە بار.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find the words to highlight first (Ctrl+F), move to the hit (F3), then Highlight hit (Ctrl+H).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال گەۋدىلەندۈرىدىغان سۆزلەرنى تېپىڭ (Ctrl+F)، تېپىلغان جايغا بېرىڭ (F3)، ئاندىن «تېپىلغان جاينى گەۋدىلەندۈرۈش» (Ctrl+H) نى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+80"/>
        <source>Preferences</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مايىللىق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامسىز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاپتور نامى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on every annotation you make, and in exported annotations. Leave it empty to stay anonymous.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىز قوشقان ھەر بىر ئىزاھاتقا ۋە چىقىرىلغان ئىزاھاتلارغا قويۇلىدۇ. نامسىز قېلىش ئۈچۈن بوش قالدۇرۇڭ.</translation>
    </message>
    <message>
        <source>Put on every annotation you make, and in exported annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">سىز قوشقان ھەر بىر ئىزاھاتقا ۋە چىقىرىلغان ئىزاھاتلارغا قويۇلىدۇ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name on annotations:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلاردىكى ئىسمىڭىز:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../viewer/printing.py" line="+134"/>
        <source>Your notes and highlights</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ۋە بەلگىلىرىڭىز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Your notes are locked: unlock them to print them.)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">(ئىزاھاتلىرىڭىز قۇلۇپلانغان: بېسىش ئۈچۈن قۇلۇپىنى ئېچىڭ.)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page {number} of {pages}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{pages} بەتتىن {number}-بەت</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../viewer/trust/provenance.py" line="+46"/>
        <source>not known until verification ends</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش ئاخىرلاشمىغۇچە نامەلۇم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزاسىز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown signer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم ئىمزالىغۇچى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive: {label}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition: {edition}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەشرى: {edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: {signer}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزالىغۇچى: {signer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {fingerprint}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارماق ئىزى: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: {headline}. {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھالىتى: {headline}. {detail}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../viewer/qtstrings.py" line="+19"/>
        <source>&amp;Select All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىنى تاللاش(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاشۇرۇش(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېمەيتىش(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+17"/>
        <source>Look in:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورۇن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت نامى(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت تىپى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىش(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلاش(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاللاش(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقۇچ تېپىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقۇچ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقۇچلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كەينىگە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۈستۈنكى قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىزىملىك كۆرۈنۈشى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپسىلىي كۆرۈنۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كەينىگە قايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىغا مېڭىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۈستۈنكى قىسقۇچقا بېرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىزىملىك كۆرۈنۈش ھالىتىگە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپسىلىي كۆرۈنۈش ھالىتىگە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يان بالداق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورۇنلار ۋە خەتكۈچلەر تىزىملىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى قىسقۇچ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىسىم ئۆزگەرتىش(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈش(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يوشۇرۇن ھۆججەتلەرنى كۆرسىتىش(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كومپيۇتېرىم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىنقى ئورۇنلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">باشقا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېز ئۇلانما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«%1» نى راستىنلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏%1 مەۋجۇت.
ئۇنى ئالماشتۇرامسىز؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏%1
ھۆججەت تېپىلمىدى.
ھۆججەت نامىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏%1
قىسقۇچ تېپىلمىدى.
قىسقۇچ نامىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«%1» يېزىشتىن قوغدالغان.
يەنىلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قىسقۇچنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈزىتىلگەن ۋاقتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كومپيۇتېر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت نامى ئىناۋەتسىز</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-85"/>
        <source>&amp;Undo</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېسىش(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-14"/>
        <source>Show Details...</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپسىلاتىنى كۆرسىتىش...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپسىلاتىنى يوشۇرۇش...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جەزملە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىنى ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەئە(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىسىگە ھەئە(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياق(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىسىگە ياق(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">توختىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا سىناش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەرۋا قىلماسلىق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تاشلىۋېتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياردەم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوللىنىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆڭۈلدىكىگە قايتۇرۇش</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+25"/>
        <source>Scroll here</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ يەرگە سىيرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سول گىرۋەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەڭ ئۈستى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوڭ گىرۋەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەڭ ئاستى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىر بەت سولغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىر بەت يۇقىرىغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىر بەت ئوڭغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىر بەت تۆۋەنگە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سولغا سىيرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يۇقىرىغا سىيرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوڭغا سىيرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۆۋەنگە سىيرىش</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="-34"/>
        <source>Scroll Left</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سولغا سىيرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوڭغا سىيرىش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېسىش(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇلانما ئادرېسىنى كۆچۈرۈش(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QueryErrors</name>
    <message>
        <location filename="../../viewer/search/messages.py" line="+87"/>
        <source>The query is {length} characters long; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسىنىڭ ئۇزۇنلۇقى {length} ھەرپ؛ يۇقىرى چېكى {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A word of {length} characters is too long to search for (the limit is {limit}): {word}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ سۆز {length} ھەرپ، ئىزدەش ئۈچۈن بەك ئۇزۇن (يۇقىرى چېكى {limit}): {word}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has {count} words; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسىدە {count} سۆز بار؛ يۇقىرى چېكى {limit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has {count} search terms after fuzzy expansion; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەخمىنىي ئىزدەش كېڭەيتكەندىن كېيىن ئىزدەش ئىپادىسىدە {count} ئىزدەش ئاتالغۇسى بار؛ يۇقىرى چېكى {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query has {count} search terms; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسىدە {count} ئىزدەش ئاتالغۇسى بار؛ يۇقىرى چېكى {limit}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fields} filters can be combined with words by AND only, not by OR or NOT.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{fields} سۈزگۈچلىرىنى سۆزلەر بىلەن پەقەت AND ئارقىلىقلا بىرلەشتۈرگىلى بولىدۇ، OR ياكى NOT ئارقىلىق بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excluded word (NOT or -) cannot be one side of OR; write the words to find on both sides.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىۋېتىلگەن سۆز (NOT ياكى -) OR نىڭ بىر تەرىپى بولالمايدۇ؛ OR نىڭ ئىككى تەرىپىگە ئىزدىمەكچى بولغان سۆزلەرنى يېزىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: {value}. Write dates as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا ئەمەس: {value}. چېسلانى YYYY، YYYY-MM ياكى YYYY-MM-DD شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} takes a plain value, such as {field}something, not a pattern or range.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{field} پەقەت ئاددىي قىممەت قوبۇل قىلىدۇ، مەسىلەن {field}قىممەت؛ قېلىپ ياكى ئارىلىق قوبۇل قىلمايدۇ.</translation>
    </message>
    <message>
        <source>Unknown kind: {value}. Use kind:report, kind:image or kind:entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">نامەلۇم تۈر: {value}. kind:report، kind:image ياكى kind:entity نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown kind: {value}. Use kind:report, kind:image, kind:table, kind:email, kind:file or kind:entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم تۈر: {value}. ‏kind:report، kind:image، kind:table، kind:email، kind:file ياكى kind:entity نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query is nested too deeply; remove some parentheses or operators.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسى بەك كۆپ قەۋەت ئىچكىرىلەپ كەتكەن؛ بىر قىسىم كىچىك تىرناق ياكى مەشغۇلات بەلگىلىرىنى ئۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown field {field}. Known fields: {known}. To search for text containing &quot;:&quot;, put it in quotes.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم ساھە {field}. مەلۇم ساھەلەر: {known}. &quot;:&quot; بار تېكىستنى ئىزدەش ئۈچۈن، ئۇنى قوش تىرناق ئىچىگە ئېلىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date:[TO] needs a first or a last date.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلا ئارىلىقى ⁦date:[TO]⁩ غا باشلىنىش چېسلاسى ياكى ئاخىرلىشىش چېسلاسى كېرەك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* alone would match everything; type at least 2 characters before *.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يالغۇز * بولسا ھەممە نەرسىگە ماس كېلىدۇ؛ * نىڭ ئالدىغا ئاز دېگەندە 2 ھەرپ يېزىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a * at the end of a word is supported (chen*), not ? or * inside it: {word}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت سۆزنىڭ ئاخىرىدىكى * نى ئىشلەتكىلى بولىدۇ (⁦chen*⁩)، سۆز ئىچىدىكى ? ياكى * نى ئىشلەتكىلى بولمايدۇ: {word}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges [a TO b] work with date: only, as in date:[2017 TO 2019].</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارىلىق ⁦[a TO b]⁩ پەقەت ⁦date:⁩ بىلەنلا ئىشلەيدۇ، مەسىلەن ⁦date:[2017 TO 2019]⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported query part: {part}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسىدىكى قوللىنىلمايدىغان قىسىم: {part}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{query} would match too many words; type at least 2 letters before *.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query} بەك كۆپ سۆزگە ماس كېلىدۇ؛ * نىڭ ئالدىغا ئاز دېگەندە 2 ھەرپ يېزىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{query}: fuzzy search allows 1 or 2 edits (word~ or word~2).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query}: تەخمىنىي ئىزدەش 1 ياكى 2 ھەرپ ئۆزگىرىشىگە يول قويىدۇ (⁦word~⁩ ياكى ⁦word~2⁩).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not understand the query; check how AND, OR and NOT are used.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسىنى چۈشەنگىلى بولمىدى؛ AND، OR ۋە NOT نىڭ قانداق ئىشلىتىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query only excludes words: add at least one word to search for.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئىپادىسى پەقەت سۆزلەرنى چىقىرىۋېتىدۇ: ئاز دېگەندە ئىزدەيدىغان بىر سۆز قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to search for: the query has no words (punctuation is not indexed).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەيدىغان نەرسە يوق: ئىزدەش ئىپادىسىدە سۆز يوق (تىنىش بەلگىلىرى ئىندېكسقا كىرگۈزۈلمەيدۇ).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parentheses are nested more than {limit} deep at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىچىك تىرناق {position}-ئورۇندا {limit} قەۋەتتىن ئارتۇق ئىچكىرىلەپ كەتكەن: {snippet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unmatched ) at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{position}-ئورۇندا جۈپى يوق ⁦)⁩ بار: {snippet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclosed quote at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{position}-ئورۇندا يېپىلمىغان قوش تىرناق بار: {snippet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclosed ( at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{position}-ئورۇندا يېپىلمىغان ⁦(⁩ بار: {snippet}</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="-142"/>
        <source>{0} tools</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} قوراللىرى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} message</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ئۇچۇرى</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../viewer/readers/report.py" line="+41"/>
        <source>Open link outside the archive?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ سىرتىدىكى ئۇلانما ئېچىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link leads outside the archive:

{0}

Open in your browser?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئۇلانما ئارخىپ سىرتىغا ئېلىپ بارىدۇ:

{0}

تور كۆرگۈچىڭىزدە ئاچامسىز؟</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Report reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دوكلات ئوقۇغۇچ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دوكلات تېكىستى</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېپىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدىنقى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كېيىنكى تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىچىكلىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چوڭايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نورمال چوڭلۇق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">گەۋدىلەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە قوشۇش…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{0}” is not a text report ({1}).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{0}» تېكىست دوكلاتى ئەمەس ({1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This report cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ دوكلاتنى كۆرسەتكىلى بولمايدۇ: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} entity mentions could not be placed: this report&apos;s text and its markup differ.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت تىلغا ئېلىنغان {0} جاينى ئورۇنلاشتۇرغىلى بولمىدى: بۇ دوكلاتنىڭ تېكىستى بىلەن فورمات بەلگىلەش كودى (markup) ماس ئەمەس.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link not followed: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇلانما ئېچىلمىدى: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside the archive: {0} (you will be asked before it opens)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ سىرتىدا: {0} (ئېچىلىشتىن بۇرۇن سىزدىن سورىلىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the entity page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت بېتىنى ئېچىش</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Hit {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}/{1} تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select some text first, then Highlight (Ctrl+H) or Add note (Ctrl+M).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال تېكىست تاللاڭ، ئاندىن «گەۋدىلەندۈرۈش» (Ctrl+H) ياكى «خاتىرە قوشۇش» (Ctrl+M) نى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../viewer/search/delegate.py" line="+81"/>
        <source>p. {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}-بەت</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../viewer/search/models.py" line="-157"/>
        <source>page {page}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{page}-بەت</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <location filename="../../viewer/search/saveddialog.py" line="+60"/>
        <source>Saved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلەر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلەر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Run</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىجرا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا ئاتاش(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">ئۆچۈرۈش(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈشنى يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No saved searches yet: Searches › Save This Search keeps the search typed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تېخى ساقلانغان ئىزدەش يوق: «ئىزدەشلەر › بۇ ئىزدەشنى ساقلاش» كىرگۈزۈلگەن ئىزدەشنى ساقلايدۇ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{query}
Saved from {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query}
{archive} دىن ساقلانغان</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted the saved search {name}. Undo Delete brings it back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەش ‏{name} ئۆچۈرۈلدى. «ئۆچۈرۈشنى يېنىۋېلىش» ئۇنى قايتۇرىدۇ.</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <location filename="../../viewer/search/help.py" line="-194"/>
        <source>Finds items with all these words, in any order. Names are found in every script: {example} also finds Chen Quanguo.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ سۆزلەرنىڭ ھەممىسى بار ماتېرىياللارنى تاپىدۇ، تەرتىپى مۇھىم ئەمەس. ناملار ھەر قانداق يېزىقتا تېپىلىدۇ: {example} نى ئىزدىسىڭىزمۇ Chen Quanguo تېپىلىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes: these words together, in this order.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوش تىرناق: بۇ سۆزلەر بىللە ۋە مۇشۇ تەرتىپ بويىچە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An English word also finds its other forms in the text: {forms}. In quotes, only the form typed. Names are always matched as spelt.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىنگلىزچە سۆز تېكىستتىكى باشقا شەكىللىرىنىمۇ تاپىدۇ: {forms}. تىرناق ئىچىدە بولسا، پەقەت يېزىلغان شەكلىنىلا تاپىدۇ. ئىسىملار ھەمىشە يېزىلىشى بويىچە ماسلاشتۇرۇلىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either word (AND between words is the default).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىككى سۆزنىڭ خالىغان بىرى (سۆزلەر ئارىسىدا كۆڭۈلدىكىسى AND).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves out items with the word after NOT or the minus sign.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏NOT ياكى مىنۇس بەلگىسىدىن كېيىنكى سۆز بار ماتېرىياللارنى چىقىرىۋېتىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parentheses group words, as in arithmetic.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كىچىك تىرناق ھېسابتىكىگە ئوخشاش سۆزلەرنى گۇرۇپپىلايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words beginning with &quot;detain&quot;: detained, detainee...</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«detain» بىلەن باشلانغان سۆزلەر: detained، detainee...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words spelt nearly the same (one or two letters different): for names spelt several ways.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېزىلىشى دېگۈدەك ئوخشاش سۆزلەر (بىر ياكى ئىككى ھەرپ پەرقلىق): بىر نەچچە خىل يېزىلىدىغان ناملار ئۈچۈن.</translation>
    </message>
    <message>
        <source>Only reports, only images, or only records of people, organisations and sanctions.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">پەقەت دوكلاتلار، پەقەت رەسىملەر ياكى پەقەت شەخسلەر، تەشكىلاتلار ۋە جازا تەدبىرلىرى توغرىسىدىكى مەلۇماتلار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only reports, images, tables, emails, files kept as given, or records of people, organisations and sanctions.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت دوكلات، رەسىم، جەدۋەل، ئېلخەت، ئەسلى پېتى ساقلانغان ھۆججەت ياكى كىشى، تەشكىلات ۋە جازا خاتىرىلىرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items in that folder of the publisher&apos;s collection (and the folders inside it), or whose path starts with that text or matches that pattern ({star} stands for any characters).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت تارقاتقۇچى توپلىمىنىڭ شۇ قىسقۇچىدىكى (ۋە ئۇنىڭ ئىچىدىكى قىسقۇچلاردىكى) تۈرلەر، ياكى يولى شۇ تېكىست بىلەن باشلانغان ياكى شۇ قېلىپقا ماس كەلگەن تۈرلەر ({star} ھەرقانداق ھەرپكە ۋەكىللىك قىلىدۇ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only items in that language: {en} English, {zh} Chinese, {ug} Uyghur.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت شۇ تىلدىكى ماتېرىياللار: {en} ئىنگلىزچە، {zh} خەنزۇچە، {ug} ئۇيغۇرچە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items dated in that year, or month.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت چېسلاسى شۇ يىل ياكى شۇ ئايغا توغرا كېلىدىغان ماتېرىياللار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in that period, first and last year included. {open} means 2020 or later; {braces} instead of {brackets} leaves the ends out.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلاسى شۇ ئارىلىقتا، بىرىنچى ۋە ئاخىرقى يىلمۇ ئىچىدە. {open} دېگىنى 2020-يىل ياكى ئۇنىڭدىن كېيىن؛ {brackets} نىڭ ئورنىغا {braces} ئىشلەتسىڭىز، ئىككى چېتى ئىچىگە ئېلىنمايدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only items that mention this person or organisation (click a name under &quot;Mentions&quot; to add it).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت بۇ شەخس ياكى تەشكىلاتنى تىلغا ئالغان ماتېرىياللار (قوشۇش ئۈچۈن «تىلغا ئېلىنىش» ئاستىدىكى بىر نامنى چېكىڭ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items from that source (click one under &quot;Source&quot;).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت شۇ مەنبەدىن كەلگەن ماتېرىياللار («مەنبە» ئاستىدىكى بىرىنى چېكىڭ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what you tagged &quot;urgent&quot; in your own annotations (tags stay on this computer, never in the archive).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆز ئىزاھاتلىرىڭىزدا «urgent» بەلگىسى قويغانلىرىڭىزلا (بەلگىلەر بۇ كومپيۇتېردا قالىدۇ، ھەرگىز ئارخىپقا كىرمەيدۇ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The word only in titles, names, the text, or image captions: {example}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سۆزنى پەقەت ماۋزۇ، نام، تېكىست ياكى رەسىم ئىزاھىدىن ئىزدەيدۇ: {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capitals and accents make no difference. Filters such as {kind}, {date} and {entity} narrow a search (they combine with the words by AND only). Clicking a value in the list on the right adds its filter; click it again, or the ✕ under the search bar, to remove it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چوڭ-كىچىك ھەرپ ۋە ئۇرغۇ بەلگىلىرى پەرق قىلمايدۇ. {kind}، {date} ۋە {entity} قاتارلىق سۈزگۈچلەر ئىزدەشنى تارايتىدۇ (ئۇلار سۆزلەر بىلەن پەقەت AND ئارقىلىق بىرلىشىدۇ). سول تەرەپتىكى تىزىملىكتىكى بىر قىممەتنى چەكسىڭىز، ئۇنىڭ سۈزگۈچى قوشۇلىدۇ؛ چىقىرىۋېتىش ئۈچۈن ئۇنى قايتا چېكىڭ ياكى ئىزدەش بالدىقى ئاستىدىكى ✕ نى چېكىڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word that no item contains is left out of the search, and named under the number of results; in quotes it is required: {example}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھېچقانداق تۈردە يوق سۆز ئىزدەشتىن چىقىرىۋېتىلىدۇ ۋە نەتىجە سانىنىڭ ئاستىدا كۆرسىتىلىدۇ؛ تىرناق ئىچىدە بولسا چوقۇم بولۇشى تەلەپ قىلىنىدۇ: {example}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: Ctrl+F goes to the search bar, Down arrow to the results, Enter opens a result, Escape comes back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">كۇنۇپكىلار: Ctrl+F ئىزدەش بالدىقىغا، تۆۋەن يۆنىلىش كۇنۇپكىسى نەتىجىلەرگە يۆتكەيدۇ، Enter نەتىجىنى ئاچىدۇ، Escape قايتىدۇ.</translation>
    </message>
    <message>
        <source>an official, by name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">بىر ئەمەلدار، نامى بويىچە</translation>
    </message>
    <message>
        <source>the same official, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">شۇ ئەمەلدار، خەنزۇچە</translation>
    </message>
    <message>
        <source>Xinjiang, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">شىنجاڭ، خەنزۇچە</translation>
    </message>
    <message>
        <source>Uyghur, in Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئۇيغۇر، ئۇيغۇرچە</translation>
    </message>
    <message>
        <source>an exact phrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئەينەن ئىبارە</translation>
    </message>
    <message>
        <location filename="../../viewer/search/examples.py" line="+58"/>
        <source>only images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت رەسىملەر</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>only a period</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">پەقەت بىر ۋاقىت ئارىلىقى</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the person named most often</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەڭ كۆپ تىلغا ئېلىنغان شەخس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an exact phrase: the organisation named most often</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېنىق ئىبارە: ئەڭ كۆپ تىلغا ئېلىنغان تەشكىلات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a name spelt wrongly</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتا يېزىلغان نام</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the same name, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوخشاش ئىسىم، خەنزۇچە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name, in Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوخشاش ئىسىم، ئۇيغۇرچە</translation>
    </message>
    <message>
        <location filename="../../viewer/search/help.py" line="+28"/>
        <source>How to search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قانداق ئىزدەش</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <location filename="../../viewer/search/messages.py" line="-141"/>
        <source>No results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجە يوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 نەتىجە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} نەتىجە</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 ئارخىپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} ئارخىپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results} in {archives}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archives} ئىچىدە {results}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · {milliseconds} ms</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{summary} · {milliseconds} مىللىسېكۇنت</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{error} (at position {position})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{error} ({position}-ئورۇندا)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not search {archive}: {error} Try fewer or more specific words.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} دىن ئىزدىگىلى بولمىدى: {error} ئازراق ياكى تېخىمۇ كونكرېت سۆز بىلەن سىناڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not search {archive}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} دىن ئىزدىگىلى بولمىدى: {error}</translation>
    </message>
</context>
<context>
    <name>SearchModels</name>
    <message>
        <location filename="../../viewer/search/models.py" line="-120"/>
        <source>Reports</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دوكلاتلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رەسىملەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جەدۋەللەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جەدۋەل قۇرلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلخەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلى پېتى ساقلانغان ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and organisations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">شەخسلەر ۋە تەشكىلاتلار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تىلغا ئېلىنىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation type="unfinished">قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھۆججەت تىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation type="unfinished">ئارخىپ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىنگلىزچە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەنزۇچە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇيغۇرچە</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{sheet}, row {row}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{sheet}، {row}-قۇر</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(top level)</source>
        <translation type="unfinished">(ئەڭ ئۈستى)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all open archives, e.g.  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">بارلىق ئېچىلغان ئارخىپلاردىن ئىزدەش، مەسىلەن  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</translation>
    </message>
    <message>
        <location filename="../../viewer/search/panel.py" line="+83"/>
        <source>Search all open archives: names, words, &quot;a phrase&quot;, kind:image, date:[2017 TO 2019]…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان بارلىق ئارخىپلاردا ئىزدەش: ئىسىم، سۆز، &quot;ئىبارە&quot;، kind:image، date:[2017 TO 2019]…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئېچىلغان ئارخىپلاردىن ئىزدەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results appear as you type. Down arrow moves to the results, Enter searches at once, F1 explains the syntax.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېزىۋاتقاندا نەتىجە كۆرۈنىدۇ. تۆۋەن يۆنىلىش كۇنۇپكىسى نەتىجىلەرگە يۆتكەيدۇ، Enter دەرھال ئىزدەيدۇ، F1 ئىزدەش قائىدىسىنى چۈشەندۈرىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>How to write a search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشنى قانداق يېزىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Order of the results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجىلەرنىڭ تەرتىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەڭ ماس كېلىدىغىنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەڭ يېڭىسى ئالدىدا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشتىكى مەسىلە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active filters</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىشلەۋاتقان سۈزگۈچلەر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجە سانى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search for this spelling instead</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ يېزىلىش بويىچە ئىزدەش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archives that could not be searched</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدىگىلى بولمىغان ئارخىپلار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words left out of the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشتىن چىقىرىۋېتىلگەن سۆزلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of these results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ نەتىجىلەرنىڭ ۋاقىت ئوقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dated results on a time axis (Ctrl+Shift+D)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلالىق نەتىجىلەر ۋاقىت ئوقىدا (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش نەتىجىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the result; Escape, or Up on the first result, goes back to the search bar.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏Enter نەتىجىنى ئاچىدۇ؛ Escape ياكى بىرىنچى نەتىجىدە يۇقىرى يۆنىلىش كۇنۇپكىسى ئىزدەش بالدىقىغا قايتىدۇ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Narrow down the results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نەتىجىلەرنى تارايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or Space on a value adds its filter to the search, or removes it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىر قىممەت ئۈستىدە Enter ياكى بوشلۇق ئۇنىڭ سۈزگۈچىنى ئىزدەشكە قوشىدۇ ياكى چىقىرىۋېتىدۇ</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>{summary} for {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏«{query}» ئىزدەش نەتىجىسى: {summary}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Some facets were not counted: this search matches too much to count them in time.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەزى تۈرلەر سانالمىدى: بۇ ئىزدەش بەك كۆپ نەرسىگە ماس كېلىدۇ، ۋاقتىدا ساناپ بولالمىدى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search failed: {0}: {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش مەغلۇپ بولدى: {0}: {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Did you mean: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇنى دېمەكچىمىدىڭىز: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searched without {word}: no document has it. Put it in quotes to require it.</source>
        <extracomment>{word}: the reader&apos;s word, in quotes. Said when no document has it, so the search ran on the other words.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{word} ھېچ ھۆججەتتە يوق، شۇڭا ئۇنىسىز ئىزدەلدى. ئۇ چوقۇم بولسۇن دېسىڭىز، ئۇنى تىرناق ئىچىگە ئېلىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searched without {words} where no document has them. Put a word in quotes to require it.</source>
        <extracomment>{words}: the reader&apos;s words, quoted and joined by commas (see the one-word message).</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{words} ھېچ ھۆججەتتە يوق، شۇڭا ئۇلارسىز ئىزدەلدى. بىر سۆز چوقۇم بولسۇن دېسىڭىز، ئۇنى تىرناق ئىچىگە ئېلىڭ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Remove the filter {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} سۈزگۈچىنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{0} is no longer open.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ئەمدى ئوچۇق ئەمەس.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search stopped.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش توختىدى.</translation>
    </message>
</context>
<context>
    <name>SearchesMenu</name>
    <message>
        <location filename="../../viewer/search/saved.py" line="+53"/>
        <source>&amp;Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشلەر(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save This Search…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزدەشنى ساقلاش(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the search typed in the Search tab under a name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«ئىزدەش» بەتكۈچىدە كىرگۈزۈلگەن ئىزدەشنى بىر نام بىلەن ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلەر(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage Saved Searches…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلەرنى باشقۇرۇش(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename, delete or run your saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلىرىڭىزنى قايتا ئاتاش، ئۆچۈرۈش ياكى ئىجرا قىلىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىنقى ئىزدەشلەر(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Search History</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش تارىخىنى تازىلاش(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every search recorded; saved searches stay</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەنگەن بارلىق ئىزدەشلەرنى ئۇنتۇش؛ ساقلانغان ئىزدەشلەر قالىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Search History</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش تارىخىنى ساقلاش(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the searches you run in your store (off in portable mode unless you turn it on)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىجرا قىلغان ئىزدەشلىرىڭىزنى ئامبىرىڭىزغا خاتىرىلەش (ئېلىپ يۈرۈشچان ھالەتتە سىز ئاچمىسىڭىز تاقاق)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەش يوق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not kept: turn on Keep Search History to record your searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانمايدۇ: ئىزدەشلىرىڭىزنى خاتىرىلەش ئۈچۈن «ئىزدەش تارىخىنى ساقلاش»نى ئېچىڭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېقىنقى ئىزدەش يوق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{query}
in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{query}
{archive} دا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your store is not open: searches cannot be kept</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئامبىرىڭىز ئوچۇق ئەمەس: ئىزدەشلەرنى ساقلىغىلى بولمايدۇ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes are locked: unlock them (Annotations › Unlock Notes…) to see or save searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلىرىڭىز قۇلۇپلانغان: ئىزدەشلەرنى كۆرۈش ياكى ساقلاش ئۈچۈن قۇلۇپنى ئېچىڭ (ئىزاھلار › خاتىرىلەرنىڭ قۇلۇپىنى ئېچىش…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read your searches: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشلىرىڭىزنى ئوقۇغىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The search was not added to your history: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزدەش تارىخىڭىزغا قوشۇلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a search in the Search tab first, then save it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئالدى بىلەن «ئىزدەش» بەتكۈچىدە ئىزدەش كىرگۈزۈپ، ئاندىن ساقلاڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not saved. {reason}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ساقلانمىدى. {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save This Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزدەشنى ساقلاش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the search:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەشنىڭ نامى:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved search is already called {name}. Replace it?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{name} دېگەن ساقلانغان ئىزدەش بار. ئۇنىڭ ئورنىغا قويامسىز؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ساقلانمىدى: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the search as {name}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ‏{name} نامىدا ساقلاندى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Saved Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشنى قايتا ئاتاش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېڭى نام:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not renamed: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش قايتا ئاتالمىدى: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search was not deleted: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئۆچۈرۈلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search was not restored: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش ئەسلىگە كەلتۈرۈلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The history was not cleared: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تارىخ تازىلانمىدى: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search history cleared. Saved searches are kept.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش تارىخى تازىلاندى. ساقلانغان ئىزدەشلەر قالدى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The choice was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ تاللاش ساقلانمىدى: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches you run are now recorded in your history.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىجرا قىلغان ئىزدەشلىرىڭىز ئەمدى تارىخىڭىزغا خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches you run are no longer recorded. Clear Search History forgets those recorded so far.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىجرا قىلغان ئىزدەشلىرىڭىز ئەمدى خاتىرىلەنمەيدۇ. «ئىزدەش تارىخىنى تازىلاش» ھازىرغىچە خاتىرىلەنگەنلىرىنى ئۇنتۇيدۇ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open an archive to run this search.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزدەشنى ئىجرا قىلىش ئۈچۈن بىر ئارخىپ ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This search was made in {archive}, which is not open; the archives that are open were searched instead.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىزدەش ‏{archive} دا قىلىنغان، ئۇ ئوچۇق ئەمەس؛ ئۇنىڭ ئورنىغا ئوچۇق ئارخىپلار ئىزدەلدى.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ساقلانغان ئىزدەشلەر</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../viewer/settings.py" line="+64"/>
        <source>Settings cannot be saved in {folder}: {reason}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەڭشەكلەرنى {folder} غا ساقلىغىلى بولمايدۇ: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings cannot be saved to {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەڭشەكلەرنى {file} غا ساقلىغىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <location filename="../../viewer/i18n.py" line="+73"/>
        <source>{action} ({shortcut})</source>
        <extracomment>A button&apos;s tooltip: what it does, then its keyboard shortcut in brackets.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>{tip} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">‏{tip} ({key})</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/actions.py" line="+36"/>
        <source>A&amp;nnotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلار(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark Item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ماتېرىيالغا خەتكۈچ قويۇش(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the open item, or remove its bookmark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ماتېرىيالغا خەتكۈچ قويۇش ياكى ئۇنىڭ خەتكۈچىنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note on This Item or Entity…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ماتېرىيال ياكى ئوبيېكت ھەققىدە خاتىرە(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole item or entity in the current tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نۆۋەتتىكى بەتكۈچتىكى پۈتۈن ماتېرىيال ياكى ئوبيېكت ھەققىدە خاتىرە يېزىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protect Notes with a Passphrase…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەرنى مەخپىي ئىبارە بىلەن قوغداش(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt notes and tags with a passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە ۋە بەلگىلەرنى مەخپىي ئىبارە بىلەن شىفىرلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock Notes…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەرنى قۇلۇپتىن ئېچىش(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and edit protected notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوغدالغان خاتىرىلەرنى ئوقۇش ۋە تەھرىرلەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange Passphrase…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارىنى ئۆزگەرتىش(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt protected notes again under a new passphrase and key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوغدالغان خاتىرىلەرنى يېڭى مەخپىي ئىبارە ۋە ئاچقۇچ بىلەن قايتا شىفىرلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Now</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ھازىر قۇلۇپلاش(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the passphrase&apos;s key: notes and tags stay locked until unlocked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارىنىڭ ئاچقۇچىنى ئىچكى ساقلىغۇچتىن ئۆچۈرۈش: خاتىرە ۋە بەلگىلەر قۇلۇپتىن ئېچىلغۇچە قۇلۇپلۇق تۇرىدۇ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قوراللار(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit Log…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپتىش خاتىرىسى(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports, copies, trusted keys, verifications</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چىقىرىشلار، كۆچۈرۈشلەر، ئىشەنچلىك ئاچقۇچلار، تەستىقلاشلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مايىللىق(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name on annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھاتلاردىكى ئىسمىڭىز</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open an item or entity first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال ماتېرىيال ياكى ئوبيېكت ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەتكۈچ قويۇلدى.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خەتكۈچ ئېلىۋېتىلدى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Notes, tags, quotes and authors are now encrypted, and the old backups replaced. Lock Now (Ctrl+Shift+L) forgets the key.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرە، بەلگە، نەقىل ۋە ئاپتورلار ئەمدى شىفىرلاندى، كونا زاپاس نۇسخىلارمۇ ئالماشتۇرۇلدى. «ھازىر قۇلۇپلاش» (Ctrl+Shift+L) ئاچقۇچنى ئىچكى ساقلىغۇچتىن ئۆچۈرىدۇ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase changed: the store and its backup are encrypted under a new key; the old passphrase opens nothing.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">مەخپىي ئىبارە ئۆزگەرتىلدى: ئىزاھات ئامبىرى ۋە ئۇنىڭ زاپاس نۇسخىسى يېڭى ئاچقۇچ بىلەن شىفىرلاندى؛ كونا مەخپىي ئىبارە ھېچنېمىنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <source>Notes and tags are now encrypted. Lock Now (Ctrl+Shift+L) forgets the key.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">خاتىرە ۋە بەلگىلەر ئەمدى شىفىرلاندى. «ھازىر قۇلۇپلاش» (Ctrl+Shift+L) ئاچقۇچنى ئىچكى ساقلىغۇچتىن ئۆچۈرىدۇ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes unlocked.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر قۇلۇپتىن ئېچىلدى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes locked: the key is gone from memory. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">خاتىرىلەر قۇلۇپلاندى: ئاچقۇچ ئىچكى ساقلىغۇچتىن ئۆچۈرۈلدى. ئوقۇش ئۈچۈن «ئىزاھاتلار › خاتىرىلەرنى قۇلۇپتىن ئېچىش…» نى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <location filename="../../viewer/annotations/controller.py" line="+27"/>
        <source>Annotations are off: {error} Reading works as usual.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ئىقتىدارى تاقاق: {error} ئوقۇش ئادەتتىكىدەك ئىشلەيدۇ.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not deleted: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆچۈرۈلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation deleted. Undo delete (Ctrl+Z) brings it back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ئۆچۈرۈلدى. «ئۆچۈرۈشنى يېنىۋېلىش» (Ctrl+Z) ئۇنى قايتۇرىدۇ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restored: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئەسلىگە كەلتۈرۈلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The audit log could not record this entry ({action}): {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەپتىش خاتىرىسى بۇ مەزمۇننى ({action}) خاتىرىلىيەلمىدى: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotation store is closed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزاھات ئامبىرى تاقالدى.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../viewer/readers/table.py" line="+137"/>
        <source>Sheets</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاراقلار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter rows (Ctrl+F)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇرلارنى سۈزۈش (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قۇرلارنى سۈزۈش</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">جەدۋەل قۇرلىرى</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot show these rows: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ قۇرلارنى كۆرسەتكىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{total} قۇردىن {shown} قۇر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{total} قۇر</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="+15"/>
        <source>tags, separated by commas</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگىلەر، پەش بىلەن ئايرىلىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەلگىلەر</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../viewer/timeline.py" line="+215"/>
        <source>Reading the dates…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلالار ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items</source>
        <translation type="unfinished">ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relations</source>
        <translation type="unfinished">مۇناسىۋەتلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctions</source>
        <translation type="unfinished">جازا تەدبىرلىرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation type="unfinished">چوڭايتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished">كىچىكلىتىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سىغدۇرۇش</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing dated: no item or relation here has a date.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">چېسلالىق نەرسە يوق: بۇ يەردىكى ھېچقانداق تۈر ياكى مۇناسىۋەتنىڭ چېسلاسى يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} dated items and relations, {first} to {last}. Click one to open it; Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} چېسلالىق تۈر ۋە مۇناسىۋەت، {first} دىن {last} غىچە. ئېچىش ئۈچۈن بىرىنى چېكىڭ؛ Ctrl ۋە چاشقىنەك چاقى چوڭايتىپ-كىچىكلىتىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first {shown} of {count} dated items and relations: search for something to see fewer.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{count} چېسلالىق تۈر ۋە مۇناسىۋەتنىڭ ئالدىنقى {shown} تاسى: ئازراق كۆرۈش ئۈچۈن بىرەر نەرسە ئىزدەڭ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeline cannot be shown: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقىنى كۆرسەتكىلى بولمايدۇ: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-208"/>
        <source>Timeline</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ۋاقىت ئوقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left and right arrows move between events, Enter opens the one selected, Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">سول ۋە ئوڭ يا ئوقلار ۋەقەلەر ئارىسىدا يۆتكىلىدۇ، Enter تاللانغىنىنى ئاچىدۇ، Ctrl ۋە چاشقىنەك چاقى چوڭايتىپ-كىچىكلىتىدۇ.</translation>
    </message>
</context>
<context>
    <name>TrustBadgeWidget</name>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+21"/>
        <source>Verification state</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاش ھالىتى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop verifying (reading goes on; the archive is then shown as not verified)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلاشنى توختىتىش (ئوقۇش داۋاملىشىدۇ؛ ئارخىپ تەستىقلانمىغان دەپ كۆرسىتىلىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this key…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئاچقۇچقا ئىشىنىش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">قايتا تەستىقلاش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items that failed verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقتىن ئۆتمىگەن ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېچىلغان ئارخىپ يوق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an archive with File › Open (Ctrl+O) or drop one here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«ھۆججەت › ئېچىش» (Ctrl+O) ئارقىلىق ئارخىپ ئېچىڭ ياكى بۇ يەرگە تاشلاڭ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>✗ {name} (archive structure)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏✗ {name} (ئارخىپ قۇرۇلمىسى)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot trust the key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچقا ئىشەنگىلى بولمايدۇ</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location line="+23"/>
        <source>Trust this signing key?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىمزا ئاچقۇچىغا ئىشىنەمسىز؟</translation>
    </message>
    <message>
        <source>Only trust this key if the publisher has given you the same fingerprint in person, on paper or over a channel you already trust. Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">ئېلان قىلغۇچى سىزگە ئوخشاش بارماق ئىزىنى يۈز تۇرانە، قەغەزدە ياكى سىز ئاللىبۇرۇن ئىشىنىدىغان يول ئارقىلىق بەرگەن بولسىلا، بۇ ئاچقۇچقا ئىشىنىڭ. ھەر قانداق ئادەم ئۆز ئاچقۇچى بىلەن ئارخىپقا ئىمزا قويالايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only trust this key if the publisher has given you the same fingerprint, all 40 digits, in person, on paper or over a channel you already trust (for example read aloud on a phone call to a number you already had). Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچى سىزگە ئوخشاش بارماق ئىزىنى (40 خانىسىنىڭ ھەممىسىنى) يۈز تۇرانە، قەغەزدە ياكى سىز ئاللىبۇرۇن ئىشىنىدىغان يول ئارقىلىق (مەسىلەن، سىزدە ئىلگىرىدىن بار نومۇرغا تېلېفون قىلغىنىڭىزدا ئوقۇپ بېرىش ئارقىلىق) بەرگەن بولسىلا، بۇ ئاچقۇچقا ئىشىنىڭ. ھەر قانداق ئادەم ئۆز ئاچقۇچى بىلەن ئارخىپقا ئىمزا قويالايدۇ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key fingerprint</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچ بارماق ئىزى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher&apos;s name, e.g. the organisation you got the key from</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچىنىڭ نامى، مەسىلەن ئاچقۇچنى سىزگە بەرگەن تەشكىلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئاچقۇچقا ئىشىنىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the key to your trusted keys; archives it signed will show as verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچنى ئىشەنچلىك ئاچقۇچلىرىڭىزغا قوشۇش؛ ئۇ ئىمزالىغان ئارخىپلار تەستىقلانغان دەپ كۆرسىتىلىدۇ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key fingerprint:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچ بارماق ئىزى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name to show for this key:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئاچقۇچ ئۈچۈن كۆرسىتىلىدىغان نام:</translation>
    </message>
</context>
</TS>
