<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../viewer/readers/report.py" line="+41"/>
        <source>ReportView</source>
        <comment>Open link outside the archive?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReportView</source>
        <comment>This link leads outside the archive:

{0}

Open in your browser?</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../viewer/app.py" line="+94"/>
        <source>no item {item} in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{archive} دا {item} ماتېرىيال يوق</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The stick is read-only</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">U دىسكا پەقەت ئوقۇشقىلا بولىدۇ</translation>
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
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../viewer/trust.py" line="+41"/>
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
        <location line="+2"/>
        <source>Signed by {signer} (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{signer} ئىمزالىغان (ئاچقۇچ {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by the publisher (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچى ئىمزالىغان (ئاچقۇچ {key})؛ بارلىق ماتېرىياللار ماس كېلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەستىقلانغان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىمزاسىز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing vouches for this archive&apos;s contents: treat them as unverified.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئارخىپنىڭ مەزمۇنىغا ھېچنېمە كاپالەتلىك قىلمايدۇ: ئۇلارنى تەستىقلانمىغان دەپ قاراڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown signer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">نامەلۇم ئىمزالىغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىنغان ئاچقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAMPERED</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇزۇلغان</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../viewer/documents.py" line="+64"/>
        <source>“{title}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«{title}»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../viewer/exportdialog.py" line="+30"/>
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
        <translation type="unfinished">ئوچۇق ئوبيېكت تىلغا ئېلىنغان ماتېرىياللار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوچۇق ماتېرىيال</translation>
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
        <location line="+2"/>
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
        <location line="+13"/>
        <source>Save evidence bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">دەلىل بولىقىنى ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file (*.zip);;Folder (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ZIP ھۆججىتى (*.zip);;قىسقۇچ (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+23"/>
        <source>Cancelled: nothing was written.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بىكار قىلىندى: ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Exporting {0} item(s)…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ماتېرىيال چىقىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {0} exhibit(s) to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} دەلىل {2} سېكۇنتتا {1} غا چىقىرىلدى. تەكشۈرۈش بۇيرۇقى: casefile check-bundle &quot;{1}&quot;</translation>
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
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="+158"/>
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
        <translation type="unfinished">Enter كېيىنكىسىنى، Shift+Enter ئالدىنقىسىنى تاپىدۇ</translation>
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
    <name>ImageView</name>
    <message>
        <location filename="../../viewer/readers/image.py" line="+59"/>
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
        <location line="+16"/>
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
        <location line="+12"/>
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
        <location line="+35"/>
        <source>“{0}” cannot be displayed: {1}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«{0}» نى كۆرسەتكىلى بولمايدۇ: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئورۇن: {0}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Drag a rectangle on the picture to mark a region (R or Esc to stop).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">رايون بەلگىلەش ئۈچۈن رەسىم ئۈستىدە تىك تۆتبۇلۇڭ سىزىڭ (توختىتىش ئۈچۈن R ياكى Esc).</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../viewer/documents.py" line="-29"/>
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
        <location line="+3"/>
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
    <name>ItemTab</name>
    <message>
        <location line="+71"/>
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
        <location filename="../../viewer/library.py" line="+161"/>
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
        <location line="+10"/>
        <source>{title} (synthetic)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{title} (سۈنئىي)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/mainwindow.py" line="+71"/>
        <source>Ready.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">تەييار.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوچۇق ئارخىپلار</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+26"/>
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
        <location line="+14"/>
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
        <translation type="unfinished">.casefile ئارخىپىنى ئېچىش</translation>
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
        <location line="+1"/>
        <source>&amp;Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all open archives (in a report or PDF, Ctrl+F finds in that document)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئوچۇق ئارخىپلاردىن ئىزدەش (دوكلات ياكى PDF ئىچىدە Ctrl+F شۇ ھۆججەتتىن تاپىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close &amp;Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بەتكۈچنى تاقاش(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Help</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ياردەم(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Syntax</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش گرامماتىكىسى(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile ھەققىدە(&amp;A)</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+14"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوچۇق ئارخىپ يوق</translation>
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
        <source>Open an archive first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال ئارخىپ ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search, open an item or an entity, or tag items, then export them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال ئىزدەڭ، ماتېرىيال ياكى ئوبيېكت ئېچىڭ ياكى ماتېرىياللارغا بەلگە قويۇڭ، ئاندىن چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئارخىپ ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile ئارخىپلىرى (*.casefile);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not kept in portable mode</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلىپ يۈرۈشچان ھالەتتە ساقلانمايدۇ</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+42"/>
        <source>Cannot open {what}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{what} نى ئاچقىلى بولمايدۇ: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That annotation was deleted in the meantime.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئۇ ئىزاھات بۇ ئارىلىقتا ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile ھەققىدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile reads signed evidence archives offline.

It never uses the network: nothing you open or search leaves this computer. Archives are opened read-only and checked against their publisher&apos;s signature.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile ئىمزالانغان دەلىل ئارخىپلىرىنى تورسىز ئوقۇيدۇ.

ئۇ ھەرگىز تور ئىشلەتمەيدۇ: سىز ئاچقان ياكى ئىزدىگەن ھېچنېمە بۇ كومپيۇتېردىن چىقمايدۇ. ئارخىپلار پەقەت ئوقۇش ئۈچۈن ئېچىلىدۇ ۋە ئېلان قىلغۇچىنىڭ ئىمزاسى بىلەن تەكشۈرۈلىدۇ.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../viewer/readers/pdf.py" line="+48"/>
        <source>PDF reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF ئوقۇغۇچ</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+13"/>
        <source>This PDF cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ PDF نى كۆرسەتكىلى بولمايدۇ: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{0}” cannot be displayed: {1}. The archive holds the original bytes unchanged; export the file to inspect it with other tools.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«{0}» نى كۆرسەتكىلى بولمايدۇ: {1}. ئارخىپتا ئەسلى بايتلار ئۆزگەرمەي ساقلانغان؛ باشقا قوراللار بىلەن تەكشۈرۈش ئۈچۈن ھۆججەتنى چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> of {0} </source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished"> / {0} </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Hit {0} of {1}, page {2}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}/{1} تېپىلغان جاي، {2}-بەت</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find the words to highlight first (Ctrl+F), move to the hit (F3), then Highlight hit (Ctrl+H).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال گەۋدىلەندۈرىدىغان سۆزلەرنى تېپىڭ (Ctrl+F)، تېپىلغان جايغا بېرىڭ (F3)، ئاندىن «تېپىلغان جاينى گەۋدىلەندۈرۈش» (Ctrl+H) نى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="-128"/>
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
        <location line="+34"/>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../viewer/readers/report.py" line="+88"/>
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
        <location line="+19"/>
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
        <translation type="unfinished">«{0}» تېكىست دوكلاتى ئەمەس ({1}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This report cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ دوكلاتنى كۆرسەتكىلى بولمايدۇ: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} entity mentions could not be placed: this report&apos;s text and its markup differ.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئوبيېكت تىلغا ئېلىنغان {0} جاينى ئورۇنلاشتۇرغىلى بولمىدى: بۇ دوكلاتنىڭ تېكىستى بىلەن بەلگىلىرى ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+72"/>
        <source>Hit {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}/{1} تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select some text first, then Highlight (Ctrl+H) or Add note (Ctrl+M).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاۋۋال تېكىست تاللاڭ، ئاندىن «گەۋدىلەندۈرۈش» (Ctrl+H) ياكى «خاتىرە قوشۇش» (Ctrl+M) نى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../viewer/search/delegate.py" line="+72"/>
        <source>p. {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0}-بەت</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../viewer/search/panel.py" line="+66"/>
        <source>Search all open archives, e.g.  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئوچۇق ئارخىپلاردىن ئىزدەش، مەسىلەن  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بارلىق ئوچۇق ئارخىپلاردىن ئىزدەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results appear as you type. Down arrow moves to the results, Enter searches at once, F1 explains the syntax.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">يېزىۋاتقاندا نەتىجە كۆرۈنىدۇ. تۆۋەن يا ئوق نەتىجىلەرگە يۆتكەيدۇ، Enter دەرھال ئىزدەيدۇ، F1 گرامماتىكىنى چۈشەندۈرىدۇ.</translation>
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
        <location line="+9"/>
        <source>Search results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش نەتىجىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the result; Escape, or Up on the first result, goes back to the search bar.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Enter نەتىجىنى ئاچىدۇ؛ Escape ياكى بىرىنچى نەتىجىدە يۇقىرى يا ئوق ئىزدەش بالدىقىغا قايتىدۇ.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+186"/>
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
        <location line="+16"/>
        <source>Did you mean: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇنى دېمەكچىمۇ: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Remove the filter {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} سۈزگۈچىنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} is no longer open.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">‏{0} ئەمدى ئوچۇق ئەمەس.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Search stopped.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئىزدەش توختىدى.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../viewer/settings.py" line="+62"/>
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
    <name>TrustBadgeWidget</name>
    <message>
        <location filename="../../viewer/trust.py" line="+20"/>
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
        <translation type="unfinished">ئوچۇق ئارخىپ يوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an archive with File › Open (Ctrl+O) or drop one here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">«ھۆججەت › ئېچىش» (Ctrl+O) ئارقىلىق ئارخىپ ئېچىڭ ياكى بۇ يەرگە تاشلاڭ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✗ {name} (archive structure)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ {name} (ئارخىپ قۇرۇلمىسى)</translation>
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
        <location line="+16"/>
        <source>Trust this signing key?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">بۇ ئىمزا ئاچقۇچىغا ئىشىنەمسىز؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only trust this key if the publisher has given you the same fingerprint in person, on paper or over a channel you already trust. Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچى سىزگە ئوخشاش بارماق ئىزىنى يۈز تۇرانە، قەغەزدە ياكى سىز ئاللىبۇرۇن ئىشىنىدىغان يول ئارقىلىق بەرگەن بولسىلا، بۇ ئاچقۇچقا ئىشىنىڭ. ھەر قانداق ئادەم ئۆز ئاچقۇچى بىلەن ئارخىپقا ئىمزا قويالايدۇ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key fingerprint</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئاچقۇچ بارماق ئىزى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publisher&apos;s name, e.g. the organisation you got the key from</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ئېلان قىلغۇچىنىڭ نامى، مەسىلەن ئاچقۇچنى سىزگە بەرگەن ئورگان</translation>
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
        <location line="+6"/>
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
