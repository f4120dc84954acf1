<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotationEditorWidget</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="+94"/>
        <source>Annotation being edited</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在编辑的批注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">写笔记…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save problem</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the note, tags and colour (Ctrl+S, Ctrl+Enter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存笔记、标签和颜色（Ctrl+S、Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">颜色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an annotation to edit its note, tags and colour.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">选择一条批注，即可编辑其笔记、标签和颜色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {anchor}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{kind}：{anchor}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked: unlock the store to read and edit this note.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已锁定：请先解锁批注存储，才能阅读和编辑此笔记。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未保存：{error}</translation>
    </message>
</context>
<context>
    <name>AnnotationSidebar</name>
    <message>
        <location filename="../../viewer/annotations/sidebar.py" line="+38"/>
        <source>Annotations on this entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此实体的批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations on this item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此条目的批注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annotation summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on this entity…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为此实体写笔记…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on this item…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为此条目写笔记…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">写一条关于整个实体的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">写一条关于整个条目的笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">撤销删除</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes and tags are locked. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记和标签已锁定。请使用“批注 › 解锁笔记…”来阅读。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notes yet. Note on this entity… adds one.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">还没有笔记。点击“为此实体写笔记…”即可添加。</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">{action}（{key}）</translation>
    </message>
    <message>
        <source>🔒 Notes and tags are locked. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">🔒 笔记和标签已锁定。请使用“批注 › 解锁笔记…”来阅读。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No annotations yet. Select text and press Ctrl+H to highlight.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">还没有批注。选中文字后按 Ctrl+H 即可高亮。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 条批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 条批注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{annotations}, 1 needs attention (⚠).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{annotations}，其中 1 条需要注意（⚠）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{annotations}, {flagged} need attention (⚠).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{annotations}，其中 {flagged} 条需要注意（⚠）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Annotation restored.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注已恢复。</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../viewer/annotations/model.py" line="+161"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote or region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引文或区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">修改时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">作者</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../viewer/annotations/controller.py" line="+27"/>
        <source>Export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key trusted</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">信任密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key revoked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">吊销密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导入</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+43"/>
        <source>Problem</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/model.py" line="-177"/>
        <source>Yellow</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">绿色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">粉色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF 高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">书签</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+33"/>
        <source>Locked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已锁定</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Region {width} × {height} px at {x}, {y}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">区域 {width} × {height} 像素，位于 {x}, {y}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{quote}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">“{quote}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page}: {quote}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {page} 页：{quote}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">整个实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">整个条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: unlock the store to read this note.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已锁定：请先解锁批注存储，才能阅读此笔记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown author</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知作者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orphan, not anchored: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">孤立批注，未锚定：{reason}</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="+20"/>
        <source>Added</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added as orphan</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已作为孤立批注添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of another archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">属于其他档案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已添加：{count} 条。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added as orphans, not anchored: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">作为孤立批注添加（未锚定）：{count} 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已存在：{count} 条。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已拒绝：{count} 条。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of another archive: {count}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">属于其他档案：{count} 条。</translation>
    </message>
</context>
<context>
    <name>AnnotationsView</name>
    <message>
        <location filename="../../viewer/annotations/view.py" line="+44"/>
        <source>Search notes, quotes and tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索笔记、引文和标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索批注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按标签筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任意标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按颜色筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任意颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按类型筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任意类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by whose and by fit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按所有者和是否锚定筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone&apos;s</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collaborators&apos;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">协作者的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphans (imported, not anchored)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">孤立批注（已导入，未锚定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示的批注数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected annotations (or, with none selected, those listed) as a W3C Web Annotation file that other tools can read</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将选中的批注（未选中任何批注时，则为列出的全部批注）保存为其他工具可读取的 W3C Web Annotation 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add annotations from a W3C Web Annotation file (a colleague&apos;s, or a backup); ones you already have are not duplicated</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">从 W3C Web Annotation 文件（同事的文件或备份）添加批注；已有的批注不会重复添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出批注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导入批注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotations in the archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案中的批注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">撤销删除</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">{action}（{key}）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tag:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">颜色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示：</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1 annotation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">共 1 条批注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} annotations.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">共 {count} 条批注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{annotations} Notes and tags are locked.</source>
        <comment>annotations: the sentence saying how many annotations are listed</comment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{annotations}笔记和标签已锁定。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{id} (not in this archive)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{id}（不在此档案中）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">W3C Web Annotation 文件 (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未导出：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 annotation to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将 1 条批注导出到 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} annotations to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将 {count} 条批注导出到 {path}。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not imported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未导入：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported 1 annotation from {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已从 {file} 导入 1 条批注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} annotations from {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已从 {file} 导入 {count} 条批注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 was already here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有 1 条已存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} were already here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有 {count} 条已存在。</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../viewer/annotations/annotator.py" line="+30"/>
        <source>not found in the text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在正文中找不到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item changed since this was made</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">创建此批注后，条目已发生变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item no longer matches what was signed</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">条目已与签名内容不一致</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Colour of new highlights and regions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">新高亮和区域的颜色</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unreadable</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法读取</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This annotation&apos;s place was not found in the item.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在条目中找不到此批注的位置。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+14"/>
        <source>Not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未保存：{error}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Annotation saved. Write its note in the sidebar.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注已保存。请在侧栏中写笔记。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation saved.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注已保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bookmark not changed: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">书签未更改：{error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../viewer/app.py" line="+87"/>
        <source>macOS runs Casefile from a temporary copy (App Translocation), so the archives, keys and notes folder beside it were not found. Read README.txt on the stick, under STARTING CASEFILE.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">macOS 正在从临时副本运行 Casefile（App Translocation），因此没有找到它旁边的档案、密钥和笔记文件夹。请阅读 U 盘上 README.txt 中的“STARTING CASEFILE”一节。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no item {item} in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{archive} 中没有条目 {item}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The stick is read-only</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">U 盘是只读的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep on This Computer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存在这台电脑上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary (Deleted on Close)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">临时（关闭时删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Without Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">不记笔记，只阅读</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Casefile cannot write to {folder}: the stick (or that folder) is read-only, so your notes, highlights and settings cannot be saved on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 无法写入 {folder}：U 盘（或该文件夹）是只读的，因此无法在其中保存您的笔记、高亮和设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them on this computer, in {host}: they last, but stay on this computer.

Or keep them in a temporary folder: they are DELETED when Casefile closes, unless you export them first (Annotations › Export, or an evidence bundle).

Or read without notes. Archives open and verify either way.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存在这台电脑上的 {host} 中：它们会长期保留，但只保存在这台电脑上。

或者保存在临时文件夹中：Casefile 关闭时它们将被全部删除，除非您事先导出（“批注 › 导出”，或导出证据包）。

或者不记笔记，只阅读。无论选择哪种方式，档案都能照常打开和验证。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes are saved on this computer, in {folder} (the stick is read-only).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记保存在这台电脑上的 {folder} 中（U 盘是只读的）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are TEMPORARY (the stick is read-only): export them before closing Casefile.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记仅临时保存（U 盘是只读的）：请在关闭 Casefile 之前将其导出，否则将被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are off: {folder} is read-only. Reading and verifying work as usual.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记功能已关闭：{folder} 是只读的。阅读和验证照常进行。</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../../viewer/readers/attachment.py" line="+39"/>
        <source>File kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按原样保存的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media type</source>
        <translation type="unfinished">媒体类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read because</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未读取的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside this file:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此文件中包含：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items inside this file</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此文件中的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export original…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出原件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this file as evidence, with the proof that the publisher signed it (File › Export Evidence Bundle)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将此文件作为证据导出，并附上发布者签名的证明（文件 › 导出证据包）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}:</source>
        <translation type="unfinished">{0}：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Casefile read the items inside this file; each opens as an item of its own. The file itself is kept exactly as the publisher gave it, signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 已读取此文件中的各个条目，每个条目均可单独打开。文件本身按发布者提供的原样保存并已签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile keeps this file exactly as the publisher gave it, signed, but does not show its content. Export it to open it with another program, on a computer where that is safe.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 按发布者提供的原样保存此文件并已签名，但不显示其内容。请将其导出，在安全的计算机上用其他程序打开。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This file cannot be shown: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示此文件：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} ({bytes} bytes)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{size}（{bytes} 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no reason recorded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（未记录原因）</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+210"/>
        <source>Audit log</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">审计日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log entries</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">审计日志条目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole log as JSON lines</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将整个日志保存为 JSON lines 文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 entry (newest first): exports, copies, trusted keys, verifications and imports.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 条记录（最新的在前）：导出、复制、信任密钥、验证和导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries (newest first): exports, copies, trusted keys, verifications and imports.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 条记录（最新的在前）：导出、复制、信任密钥、验证和导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export audit log</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">JSON lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未导出：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 entry to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将 1 条记录导出到 {path}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported {count} entries to {path}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将 {count} 条记录导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-67"/>
        <source>Time</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it covered</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">涉及内容</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+44"/>
        <source>Verifying…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在验证…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every byte against the publisher&apos;s signature. You can read while this runs.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在依据发布者的签名逐字节核对档案内容。验证期间可以照常阅读。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification stopped: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证已停止：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Not verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification was cancelled. Use Archive › Verify again.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证已取消。请使用“档案 › 重新验证”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible impersonation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">疑似冒充</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">由 {signer} 签名（密钥 {key}）；所有条目均与签名内容一致。</translation>
    </message>
    <message>
        <source>Signed by the publisher (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">由发布者签名（密钥 {key}）；所有条目均与签名内容一致。</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key}), a key you revoked on {date}: it no longer vouches for anything.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">由 {signer} 签名（密钥 {key}），您已于 {date} 吊销该密钥：该密钥不再为任何内容提供担保。</translation>
    </message>
    <message>
        <source>Signed with the public Casefile demo key (key {key}), which anyone can use: it vouches only for the sample archive, not for this one.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">使用公开的 Casefile 演示密钥签名（密钥 {key}），任何人都能使用该密钥：该密钥仅为示例档案提供担保，不为此档案提供担保。</translation>
    </message>
    <message>
        <source>Signed by a key you have not chosen to trust (key {key}). Trust it only if the publisher confirms this fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">由一个您未设为信任的密钥签名（密钥 {key}）。请仅在发布者确认此指纹后再信任该密钥。</translation>
    </message>
    <message>
        <source>Signed by a key you have not chosen to trust (key {key}). A key you trust has the same fingerprint but different key material: this may be an impersonation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">由一个您未设为信任的密钥签名（密钥 {key}）。您信任的一个密钥具有相同的指纹，但密钥内容不同：这可能是冒充。</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/verdicts.py" line="+74"/>
        <source>The signature is invalid or is not this archive&apos;s. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">签名无效，或不属于此档案。详情：{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the archive that was signed: its name or edition was changed. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此档案并非当初签名的那个档案：其名称或版本已被更改。详情：{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive could not be read to the end: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法完整读取此档案：{detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{item} matches what was signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{item} 与签名内容一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} differs from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{item} 与签名内容不一致：{parts}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} cannot be checked: the archive&apos;s signed list of contents cannot be relied on. Details: {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{item} 无法核查：档案中已签名的内容清单不可靠。详情：{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is not signed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此档案未签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} cannot be checked on its own: the archive is signed only as a whole file, with no item proofs.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{item} 无法单独核查：此档案仅作为整个文件签名，没有条目证明。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{parts} and {count} more</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{parts}，另有 {count} 处</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 part of the archive differs from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案中有 1 处与签名内容不一致：{parts}。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Signed by {signer} (fingerprint {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由 {signer} 签名（指纹 {key}）；所有条目均与签名内容一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key you trust (fingerprint {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由您信任的密钥签名（指纹 {key}）；所有条目均与签名内容一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed as a whole file by {signer} (fingerprint {key}); every byte matches. It has no item proofs: single items cannot be checked or proven on their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由 {signer} 作为整个文件签名（指纹 {key}）；每个字节均一致。此档案没有条目证明：无法单独核查或证明任何单个条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed as a whole file by a key you trust (fingerprint {key}); every byte matches. It has no item proofs: single items cannot be checked or proven on their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由您信任的密钥作为整个文件签名（指纹 {key}）；每个字节均一致。此档案没有条目证明：无法单独核查或证明任何单个条目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legacy signature format, not accepted: nothing Casefile accepts vouches for this archive&apos;s contents. Ask the publisher to sign it again with a current minisign or Casefile.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">旧式签名格式，不予接受：没有任何 Casefile 接受的签名为此档案的内容提供担保。请发布者用当前版本的 minisign 或 Casefile 重新签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as a whole file by a key you do not have (key id {key_id}): nothing you trust vouches for this archive&apos;s contents. Get the publisher&apos;s key from them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由您没有的密钥作为整个文件签名（密钥 ID {key_id}）：您信任的任何密钥都没有为此档案的内容提供担保。请向发布者本人索取其密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by {signer} (fingerprint {key}), a key you revoked on {date}: it no longer vouches for anything.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由 {signer} 签名（指纹 {key}），您已于 {date} 吊销该密钥：该密钥不再为任何内容提供担保。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the public Casefile demo key (fingerprint {key}), which anyone can use: it vouches only for the sample archive&apos;s exact contents, not for this archive.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">使用公开的 Casefile 演示密钥签名（指纹 {key}），任何人都能使用该密钥：该密钥仅为示例档案的原样内容提供担保，不为此档案提供担保。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by a key you have not chosen to trust (fingerprint {key}). Trust it only if the publisher confirms this fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由一个您未设为信任的密钥签名（指纹 {key}）。请仅在发布者确认此指纹后再信任该密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by a key you have not chosen to trust (fingerprint {key}). A key you trust has the same key id but different key material: this may be an impersonation. Do not trust this key unless the publisher confirms this very fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由一个您未设为信任的密钥签名（指纹 {key}）。您信任的一个密钥具有相同的密钥 ID，但密钥内容不同：这可能是冒充。除非发布者确认的正是此指纹，否则请勿信任该密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive&apos;s indexes do not agree with its signed records, so what it shows could differ from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案的索引与其已签名的记录不一致，因此档案显示的内容可能与签名内容不同：{parts}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} parts of the archive differ from what was signed: {parts}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案中有 {count} 处与签名内容不一致：{parts}。</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/badge.py" line="-4"/>
        <source>Verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未签名</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/verdicts.py" line="-52"/>
        <source>Nothing vouches for this archive&apos;s contents: treat them as unverified.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有任何签名为此档案的内容提供担保：请将其视为未经验证。</translation>
    </message>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+3"/>
        <source>Unknown signer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知签名者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密钥已吊销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAMPERED</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已被篡改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已损坏</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="-96"/>
        <source>Change passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">更改密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the passphrase protects is encrypted again under a new key, and the backups are replaced by one encrypted under it: the old passphrase will open neither the store nor any backup. This takes a few seconds.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密码短语所保护的全部内容都将用新密钥重新加密，现有备份将被一份用新密钥加密的备份取代：旧密码短语既无法打开批注存储，也无法打开任何备份。此过程需要几秒钟。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">当前密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">新密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">再次输入新密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">当前密码短语：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">新密码短语：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation type="unfinished">再次输入：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your current passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请输入您当前的密码短语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请输入新的密码短语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passphrases differ; type the same one twice.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">两次输入的新密码短语不同；请两次输入同一个密码短语。</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <location filename="../../viewer/citationdialog.py" line="+22"/>
        <source>Citation copied</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引文已复制</translation>
    </message>
    <message>
        <source>This citation is on the clipboard, as text and for word processors:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">此引文已放到剪贴板上，包括纯文本和文字处理软件可用的格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This citation is on the clipboard:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此引文已放到剪贴板上：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This citation is on the clipboard. The archive&apos;s signature is not verified, and the citation says so: check the archive before you rely on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此引文已放到剪贴板上。档案的签名未经验证，引文中已注明：在依赖它之前请先检查档案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnote form</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">脚注格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Footnote Form</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制脚注格式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Footnote form:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">脚注格式：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The footnote form is on the clipboard.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">脚注格式已放到剪贴板上。</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <location filename="../../viewer/qtstrings.py" line="+43"/>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourBox</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="-156"/>
        <source>Highlight colour</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">高亮颜色</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../viewer/tabs.py" line="+94"/>
        <source>“{title}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">“{title}”</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <location filename="../../viewer/readers/email.py" line="+31"/>
        <source>Email reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">电子邮件阅读器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发件人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">收件人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">抄送：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">主题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">附件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">附件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other messages of this thread</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此会话中的其他邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation type="unfinished">主体</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This email&apos;s headers cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示此邮件的邮件头：{0}</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Type words, names or phrases in any language of the archive: English, Chinese or Uyghur. Results come from reports, images and records of people and organisations in every open archive. Some examples:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">输入档案中任何语言的词语、名称或短语：英文、中文或维吾尔文。结果来自所有已打开档案中的报告、图像以及人物和组织记录。一些示例：</translation>
    </message>
    <message>
        <location filename="../../viewer/search/help.py" line="+229"/>
        <source>Search for {query} ({what})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索 {query}（{what}）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Press ? next to the search bar for everything the search understands.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按搜索栏旁边的 ? 可查看搜索支持的全部写法。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open Archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开档案…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search every open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an archive to search it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开一个档案即可搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type words, names or phrases in any language of the archive: English, Chinese or Uyghur. Results come from reports, images, tables, emails and records of people and organisations in every open archive.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">输入档案中任何语言的词语、名称或短语：英文、中文或维吾尔文。结果来自所有已打开档案中的报告、图像、表格、电子邮件以及人物和组织记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Casefile archive is a .casefile file from a publisher: open it with the button below or File › Open Archive (Ctrl+O), or drop it on this window. Nothing is sent anywhere: Casefile works offline.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 档案是发布者提供的 .casefile 文件：用下面的按钮或“文件 › 打开档案”（Ctrl+O）打开，或把它拖到此窗口。任何内容都不会被发送：Casefile 离线工作。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some searches in this archive:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此档案中的一些搜索：</translation>
    </message>
    <message>
        <source>Open an archive (File &gt; Open) to search it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">请先用“文件 › 打开档案”打开档案，再进行搜索</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../viewer/entities/listview.py" line="+35"/>
        <source>Name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic record: invented for demonstration, not real.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成记录：为演示而虚构，并非真实。</translation>
    </message>
</context>
<context>
    <name>EntityListView</name>
    <message>
        <location line="+20"/>
        <source>Entity type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entities of this FollowTheMoney schema</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅显示属于此 FollowTheMoney 类型（schema）的实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter entities by name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按名称筛选实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, in any script…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按名称筛选，可用任何文字…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches names and aliases: Latin, Chinese or Uyghur. Enter moves to the list.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">匹配名称和别名：拉丁字母、汉字或维吾尔文。按 Enter 移到列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity count</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the entities the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅显示当前搜索找到的实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the entities among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只列出“搜索”标签页中所输入搜索的结果中的实体</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All types ({count})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有类型（{count}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} ({count})</source>
        <extracomment>An entity type and how many entities of it the archive has: &quot;Person (184)&quot;.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{type}（{count}）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有打开的档案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} matching &quot;{text}&quot; among the entities the search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在搜索找到的实体中有 {count} 个匹配“{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} matching &quot;{text}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">与“{text}”匹配的实体：{count} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entity found by the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索找到 1 个实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entities found by the search ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索找到 {count} 个实体（已加载 {loaded} 个）</translation>
    </message>
    <message>
        <source>{count} matching &quot;{text}&quot; so far (still looking)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">目前与“{text}”匹配的实体：{count} 个（仍在查找）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entity ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 个实体（已加载 {loaded} 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entities ({loaded} loaded)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 个实体（已加载 {loaded} 个）</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../viewer/entities/page.py" line="+36"/>
        <source>Synthetic record (not a real person)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成记录（并非真实人物）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic record (not a real place)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成记录（并非真实地点）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{start} – {end}</source>
        <extracomment>A period of time: its start date, a dash, its end date.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">自 {start} 起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">至 {end} 止</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Back</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">后退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic record</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chinese names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">中文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">维吾尔文名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">其他名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties and relations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">属性和关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that mention this entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及此实体的条目</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <extracomment>A button&apos;s tooltip: what it does, then its keyboard shortcut in brackets.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">{action}（{shortcut}）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chinese:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">中文：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">维吾尔文：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">又名：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Entity page: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体页面：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record not found</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未找到记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic record (invented, not real)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成记录（虚构，并非真实）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No other properties.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有其他属性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">属性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No relations.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有关系。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {0} more not shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">另有 {0} 项未显示</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(record missing)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（记录缺失）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>synthetic</source>
        <extracomment>After a link to an entity or item: the record is invented for demonstration, not real.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Referenced by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引用方</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mentioned in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report or image mentions this entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有报告或图像提及此实体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned in 1 item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在 1 个条目中被提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned in {0} items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在 {0} 个条目中被提及</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and 1 more item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">另有 1 个条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {0} more items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">另有 {0} 个条目</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 mention</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 处提及</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0} 处提及</translation>
    </message>
</context>
<context>
    <name>EntityProperty</name>
    <message>
        <location filename="../../viewer/entities/labels.py" line="+58"/>
        <source>Holder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任职者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">董事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">亲属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关联人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">雇员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">雇主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">代理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">委托人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">主体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">客体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">付款方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">受益方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessor</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">前任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">继任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Proof</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">父级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有父级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictured</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图中所示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">组织者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involved</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">涉及方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">对应实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">附注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">完整地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnational area</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">次国家级地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">管辖地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">公民身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">出生地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">死亡日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">头衔/标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incorporation date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">成立日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">注册号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">证件号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">来源网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata id</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Wikidata ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEP</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">政治公众人物（PEP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">主管机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">列入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发布者</translation>
    </message>
</context>
<context>
    <name>EntityRelation</name>
    <message>
        <location line="+5"/>
        <source>Holds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">担任职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holders</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任职者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">隶属于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directs</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">担任董事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">董事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owns</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">拥有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owners</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">亲属关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relatives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">亲属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated with</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associates</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关联人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任职于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">雇员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">代理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关联到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked with</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">与之关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">付款给</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payers</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">付款方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">继任者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">前任</translation>
    </message>
</context>
<context>
    <name>EntitySchema</name>
    <message>
        <location line="-137"/>
        <source>Person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">人物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">公共机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public bodies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">公共机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">法律实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">法律实体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">职位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Positions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanction</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">制裁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sanctions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">制裁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancies</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">成员身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">成员身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directorship</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">董事职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directorships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">董事职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownerships</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">亲属关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family ties</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">亲属关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关联关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associates</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关联关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">雇佣关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">雇佣关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">代理关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">代理关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown link</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown links</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succession</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">继任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">继任</translation>
    </message>
</context>
<context>
    <name>EntityTopic</name>
    <message>
        <location line="+105"/>
        <source>Politically exposed person</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">政治公众人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close associate</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系密切人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctioned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">受制裁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-sanctioned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">受反制裁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crime</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">犯罪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person of interest</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关注对象</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../viewer/export/dialog.py" line="+31"/>
        <source>Results of the current search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">当前搜索的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with the tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">带有该标签的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items mentioning the open entity</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及当前实体的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">当前打开的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items selected in the Items tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在“条目”标签页中选中的条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出证据包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items to export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">要导出的条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the items you gave this tag</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出您加了此标签的条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundle file or folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">证据包文件或文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">选择证据包的保存位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my notes and tags (highlights are always included)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">包含我的笔记和标签（高亮始终包含在内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export status</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}（{1}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存到：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each original file is copied byte for byte with its proof that the publisher signed it, and an exhibit list (HTML and PDF) that anyone can check.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">每个原始文件都按字节原样复制，并附有证明其经发布者签名的凭据，以及任何人都能核查的证物清单（HTML 和 PDF）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save evidence bundle</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存证据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP file (*.zip);;Folder (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">ZIP 文件 (*.zip);;文件夹 (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+27"/>
        <source>Cancelled: nothing was written.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Exporting 1 item…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在导出 1 个条目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {0} items…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在导出 {0} 个条目…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported 1 exhibit to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已在 {2} 秒内将 1 件证物导出到 {1}。可用以下命令核查：casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0} exhibits to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已在 {2} 秒内将 {0} 件证物导出到 {1}。可用以下命令核查：casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>Exporting {0} item(s)…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">正在导出 {0} 个条目…</translation>
    </message>
    <message>
        <source>Exported {0} exhibit(s) to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">已在 {2} 秒内将 {0} 件证物导出到 {1}。可用以下命令核查：casefile check-bundle &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未导出：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭</translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message>
        <location filename="../../viewer/search/models.py" line="+264"/>
        <source>(cannot be used as a filter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（不能用作筛选条件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results}; click to remove the filter: {filter}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{results}；点击移除筛选条件：{filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results}; click to show only these results: {filter}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{results}；点击只显示这些结果：{filter}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Narrow down</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">缩小范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">结果</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="+174"/>
        <source>Find in this document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在本文档中查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in document</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在文档中查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter finds the next match, Shift+Enter the previous</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Enter 查找下一处，Shift+Enter 查找上一处</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查找结果</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}/{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} matches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0} 处匹配</translation>
    </message>
</context>
<context>
    <name>FolderSelector</name>
    <message>
        <location filename="../../viewer/folders.py" line="+42"/>
        <source>Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the items in one folder of the publisher&apos;s collection (its sub-folders included)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅列出发布者资料中某一文件夹内的条目（含其子文件夹）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All folders</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所有文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} ({count})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{name}（{count}）</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <location filename="../../viewer/gallery.py" line="+277"/>
        <source>synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ failed</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 验证失败</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location line="-192"/>
        <source>Loading…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No preview</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无预览</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>synthetic (invented for demonstration)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成（为演示而虚构）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未通过验证</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location line="+124"/>
        <source>Gallery summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图库摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image gallery</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move, Enter opens the image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">方向键移动，Enter 打开图像</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the images the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅显示当前搜索找到的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the images among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只显示“搜索”标签页中所输入搜索的结果中的图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort images by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像排序方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build order</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">生成顺序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title, A to Z</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标题，A 到 Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title, Z to A</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标题，Z 到 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, oldest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期，最早的在前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date, newest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期，最新的在前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sort by</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">排序方式</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 image found by the search in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索在 {archive} 中找到 1 个图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} images found by the search in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索在 {archive} 中找到 {count} 个图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 image in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{archive} 中有 1 张图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} images in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{archive} 中有 {count} 张图像</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有打开的档案</translation>
    </message>
</context>
<context>
    <name>GraphTab</name>
    <message>
        <location filename="../../viewer/network.py" line="+230"/>
        <source>Kinds of link shown</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示的关联类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only links that held in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅显示存在于该年的关联：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to Window</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">适合窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出 PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export SVG…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出 SVG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links shown:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示的关联：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot add the links of this entity: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法添加此实体的关联：{error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{nodes} people, organisations and records, {links} links. Double-click one (or Enter) to add its links; Ctrl+Enter opens its page.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{nodes} 个人物、组织和记录，{links} 条关联。双击其中一个（或按 Enter）可添加其关联；Ctrl+Enter 打开其页面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some have more links than can be shown: only the first 500 of theirs are here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有些节点的关联太多，无法全部显示：这里只有各自的前 500 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出关系图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The graph was not exported: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系图未导出：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graph exported to {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系图已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location line="-276"/>
        <source>Relationship graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between people and organisations, Enter adds their links, Ctrl+Enter opens their page, Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">方向键在人物和组织之间移动，Enter 添加其关联，Ctrl+Enter 打开其页面，按住 Ctrl 滚动鼠标滚轮可缩放。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../viewer/readers/image.py" line="+75"/>
        <source>Image viewer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像查看器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ and - zoom, F fits, [ and ] rotate, R draws a region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">+ 和 - 缩放，F 适应窗口，[ 和 ] 旋转，R 框选区域</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实际大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">适应窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">向左旋转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate right</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">向右旋转</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">框选区域</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous page</source>
        <translation type="unfinished">上一页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation type="unfinished">下一页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous hit</source>
        <translation type="unfinished">上一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translation type="unfinished">下一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recognised text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示识别出的文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark words as region</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将所选文字标为区域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recognised text of this picture</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此图片中识别出的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page was not machine-read.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此页未经机器识别。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Caption</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image metadata and EXIF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像元数据和 EXIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">值</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“{0}” cannot be displayed: {1}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示“{0}”：{1}。</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Hit {0} of {1}, page {2}</source>
        <translation type="unfinished">第 {0}/{1} 处，第 {2} 页</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select words in the recognised text first (Ctrl+Shift+T).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先在识别出的文字中选择文字（Ctrl+Shift+D）。</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+65"/>
        <source>Place: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地点：{0}</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Page {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Format</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">尺寸</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>{0} × {1} pixels</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0} × {1} 像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown as</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a {0} × {1} pixel view made by the publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发布者制作的 {0} × {1} 像素视图</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Drag a rectangle on the picture to mark a region (R or Esc to stop).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在图像上拖出一个矩形来标记区域（按 R 或 Esc 停止）。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="+30"/>
        <source>Annotations imported</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {file}: {totals}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">来自 {file}：{totals}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What became of each annotation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">每条批注的处理结果</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../viewer/tabs.py" line="-31"/>
        <source>Integrity warning</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">完整性警告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ This item cannot be checked: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 无法核查此条目：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This archive is unsigned: nothing vouches that this item is what its publisher released.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此档案未签名：没有任何签名能证明此条目确为发布者所发布的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ DOES NOT MATCH WHAT THE PUBLISHER SIGNED. {reason} Do not rely on this item as evidence.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 与发布者签名的内容不一致。{reason} 请勿将此条目作为证据。</translation>
    </message>
</context>
<context>
    <name>ItemMetadataPanel</name>
    <message>
        <location filename="../../viewer/metadata.py" line="+33"/>
        <source>Report</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按原样保存的文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">媒体类型</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive is signed by an unknown key: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 与签名内容一致，但档案由未知密钥签名：{message}</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive is signed by a revoked key: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 与签名内容一致，但档案由已吊销的密钥签名：{message}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✗ Cannot be checked: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 无法核查：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✗ Failed verification: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 未通过验证：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsigned: nothing vouches for this item.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未签名：没有任何签名为此条目提供担保。</translation>
    </message>
    <message>
        <source>✓ Matches the signed manifest; still verifying the archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 与已签名的内容清单一致；仍在验证档案…</translation>
    </message>
    <message>
        <source>✓ Matches the signed manifest; archive not verified yet.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 与已签名的内容清单一致；档案尚未验证。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Verified. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✓ 已验证。{message}</translation>
    </message>
    <message>
        <source>✓ This item matches what was signed, but other parts of the archive do not: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 此条目与签名内容一致，但档案的其他部分不一致：{message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ The archive is damaged: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 档案已损坏：{message}</translation>
    </message>
    <message>
        <source>✓ Matches what was signed, but the archive could not be verified: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">✓ 与签名内容一致，但无法验证档案：{message}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Path</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File facts</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: the archive is signed by a key you have not chosen to trust. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：此档案由您未设为信任的密钥签名。{message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified: the archive is signed by a key you revoked. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：此档案由您已吊销的密钥签名。{message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Verified with the whole file, which has no item proofs. {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✓ 已通过整个文件验证（该文件没有条目证明）。{message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not verified: this item matches the archive&apos;s list of contents, but other parts of the archive do not: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：此条目与档案的内容清单一致，但档案的其他部分不一致：{message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not verified: {message}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：{message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified yet: still verifying the archive and its signer…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">尚未验证：仍在验证档案及其签名者…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified: verification stopped: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：验证已停止：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: verification was cancelled. Use Archive › Verify again.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未验证：验证已取消。请使用“档案 › 重新验证”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SHA-256 of the original file</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">原始文件的 SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the original file, as signed by the publisher</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">原始文件的 SHA-256（经发布者签名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SHA-256</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制 SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the SHA-256 to the clipboard</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将 SHA-256 复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">合成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-read text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">机器识别文字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}:</source>
        <extracomment>A label in the item&apos;s facts: the field&apos;s name, then a colon.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes: invented for demonstration, not evidence</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">是：为演示而虚构，不是证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Machine-read text (OCR): {engine}, {languages}, mean confidence {confidence}, {read} of {pages} pages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">机器识别文字（OCR）：{engine}，{languages}，平均置信度 {confidence}，共 {pages} 页中的 {read} 页</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} ({id})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{title}（{id}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} (missing)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{id}（缺失）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as given, not read: {reason}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按原样保存，未读取：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read: its text and views were made from it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已读取：其文本和视图均由此生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top level)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（顶层）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{text} … (cut: the archive holds more)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{text} …（已截断：档案中还有更多内容）</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <location filename="../../viewer/tabs.py" line="+86"/>
        <source>Details and annotations of this item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此条目的详情和批注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../viewer/library/sidebar.py" line="+216"/>
        <source>Title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} (synthetic)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{title}（合成）</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../viewer/library/sessions.py" line="+197"/>
        <source>{file}, edition {edition} — {title}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{file}，版本 {edition} — {title}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../viewer/library/sidebar.py" line="-156"/>
        <source>{file}, edition {edition}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{file}，版本 {edition}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/mainwindow.py" line="+84"/>
        <source>Ready.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">就绪。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已打开的档案</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only the items the current search finds</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅显示当前搜索找到的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the items among the results of the search typed in the Search tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只列出“搜索”标签页中所输入搜索的结果中的条目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Views and open documents</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">视图和已打开的文档</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: Casefile never uses the network.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">离线：Casefile 从不使用网络。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items in the archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案中的条目</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Archive title</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive summary</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案摘要</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Library</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案库</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entities</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Archive…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开档案(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .casefile archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开 .casefile 档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Evidence Bundle…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出证据包(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export items with their proofs, your annotations and an exhibit list</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出条目及其证明、您的批注和证物清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Item as &amp;PDF…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将条目另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report or email in front to a PDF, with your highlights and notes and its citation on every page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将当前报告或电子邮件打印为 PDF，附带您的高亮和批注，并在每页注明其引文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭档案(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the archive selected in the library</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭档案库中选中的档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all open archives (in a report or PDF, Ctrl+F finds in that document)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案（在报告或 PDF 中，Ctrl+F 在该文档内查找）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship &amp;Graph</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系图(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, organisations and records linked to the entity in front, as a network you grow node by node</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">与当前实体相关联的人物、组织和记录，以可逐个节点扩展的网络显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ti&amp;meline</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间线(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated items and relations on a time axis: around the entity in front, of the search typed, or of the whole archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在时间轴上显示有日期的条目和关系：围绕当前实体、所输入的搜索或整个档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>System</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">跟随系统</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Light</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">重新验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check every byte of the selected archive against its signature</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按签名重新核对所选档案的每一个字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">取消验证(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop verifying</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">停止验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy C&amp;itation</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制引文(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a citation of the item in front and of the passage selected in it: archive, edition, item, page, SHA-256 and the signature check</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">复制当前条目及其中所选段落的引文：档案、版本、条目、页码、SHA-256 以及签名检查结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Syntax</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索语法(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关于 Casefile(&amp;A)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Opened {name}; verifying in the background.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已打开 {name}；正在后台验证。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: {state}. {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{name}：{state}。{detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有打开的档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an archive with File › Open Archive (Ctrl+O), or drop a .casefile file here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请用“文件 › 打开档案”（Ctrl+O）打开档案，或将 .casefile 文件拖到这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edition {edition} · published by {publisher}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">版本 {edition} · 发布者 {publisher}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reports} reports · {images} images · {entities} entities · {mentions} mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{reports} 份报告 · {images} 张图像 · {entities} 个实体 · {mentions} 处提及</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+203"/>
        <source>Open an archive first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一个档案。</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Search, open an item or an entity, or tag items, then export them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先搜索、打开条目或实体，或给条目加标签，然后再导出。</translation>
    </message>
    <message>
        <source>Open a report or an email first. Other items: export the original with File › Export Evidence Bundle.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">请先打开一个报告或电子邮件。其他条目：用“文件 › 导出证据包”导出原件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Item as PDF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将条目另存为 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF 未保存：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {pages} pages to {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将 {pages} 页保存到 {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} images found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query} 找到 {count} 个图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} entities found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query} 找到 {count} 个实体</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a search in the Search tab first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先在“搜索”标签页中输入搜索。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search cannot narrow the list: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法用此搜索缩小列表：{error}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{count} items found by {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query} 找到 {count} 个条目</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Open a report, an email, a picture or a PDF first. Tables and files kept as given: export the original with File › Export Evidence Bundle.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一份报告、电子邮件、图片或 PDF。表格和按原样保留的文件：请用“文件 › 导出证据包”导出原件。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open an item first: a citation is of the item in front, and of the passage selected in it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一个条目：引文针对当前条目及其中所选的段落。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No citation: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法生成引文：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citation copied, with the publisher&apos;s key fingerprint.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引文已复制，附有发布者密钥的指纹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation copied. It says that the archive&apos;s signature is not verified: check the archive before you rely on it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引文已复制。其中注明档案的签名未经验证：在依赖它之前请先检查档案。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 档案 (*.casefile);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not kept in portable mode</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">便携模式下不保留</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recent archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有最近打开的档案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">清空列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法打开档案</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot open {what}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法打开 {what}：{error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Timeline: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间线：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline: {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间线：{query}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline: {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间线：{archive}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Graph: {name}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关系图：{name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an entity first: the graph grows from a person or an organisation.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一个实体：关系图从一个人物或组织开始扩展。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That annotation was deleted in the meantime.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">该批注已在此期间被删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭 {0}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>About Casefile</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关于 Casefile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile reads signed evidence archives offline.

It never uses the network: nothing you open or search leaves this computer. Archives are opened read-only and checked against their publisher&apos;s signature.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Casefile 离线阅读已签名的证据档案。

它从不使用网络：您打开或搜索的任何内容都不会离开这台电脑。档案以只读方式打开，并按发布者的签名进行核查。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+16"/>
        <location line="+6"/>
        <source>Note</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Note on {subject}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关于 {subject} 的笔记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the note first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先填写笔记内容。</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../viewer/annotations/importreport.py" line="-28"/>
        <source>#</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotation</source>
        <translation type="unfinished">批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished">理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no id)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（无编号）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="-106"/>
        <source>Protect notes with a passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">用密码短语保护笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">解锁笔记</translation>
    </message>
    <message>
        <source>Notes and tags will be encrypted with this passphrase. Without it they cannot be read: there is no way to recover a forgotten passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">笔记和标签将用此密码短语加密。没有此密码短语将无法读取这些内容；密码短语一旦遗忘，无法找回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes, tags, highlighted words with the words around them, where each highlight and region is, author names and the audit log&apos;s details will be encrypted with this passphrase. Without it they cannot be read: there is no way to recover a forgotten passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记、标签、高亮的文字及其前后的文字、每处高亮和区域的位置、作者姓名以及审计日志的详细信息，都将用此密码短语加密。没有此密码短语将无法读取这些内容；密码短语一旦遗忘，无法找回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the passphrase that protects your notes and tags.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请输入保护您的笔记和标签的密码短语。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still readable without it: which items and entities of which archive carry annotations, their kind (highlight, region, note, bookmark), colour and dates, whether they were imported and with which motivation and note format, and the date and kind of each audit entry. The daily backups and any damaged store set aside, made before protection, are deleted; one protected backup replaces them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有密码短语仍可读取的内容：哪个档案的哪些条目和实体带有批注，批注的类型（高亮、区域、笔记、书签）、颜色和日期，批注是否为导入的、其用途（motivation）和笔记格式，以及每条审计记录的日期和类型。启用保护之前生成的每日备份，以及任何被另行留存的已损坏批注存储，都将被删除；由一份受保护的备份取而代之。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">再次输入密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密码短语：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">再次输入：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a passphrase.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请输入密码短语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">两次输入的密码短语不同；请两次输入同一个密码短语。</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../viewer/readers/pdf.py" line="+49"/>
        <source>it is damaged or not a PDF</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件已损坏或不是 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is encrypted</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is encrypted with an unsupported scheme</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件使用了不支持的加密方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its data is incomplete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件数据不完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDFium could not read it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDFium 无法读取该文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page tree is too large or too tangled to count (this reader opens PDFs of at most {0} pages)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件的页面树过大或过于复杂，无法统计页数（此阅读器最多只能打开 {0} 页的 PDF）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has more than {0} pages, the most this reader opens</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件超过 {0} 页，即此阅读器能打开的上限</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>PDF reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF 阅读器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF pages</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF 页面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recognised text of this page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此页识别出的文字</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Previous page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">上一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">页码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number (type a number and press Enter)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">页码（输入数字后按 Enter）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">下一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">适应宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">适应页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">上一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">下一处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">高亮此处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recognised text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示识别出的文字</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This PDF cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示此 PDF：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” cannot be displayed: {1}. The archive holds the original bytes unchanged; export the file to inspect it with other tools.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示“{0}”：{1}。档案中保存着未经改动的原始字节；可导出该文件，用其他工具检查。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> of {0} </source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished"> / {0} </translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Hit {0} of {1}, page {2}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0}/{1} 处，第 {2} 页</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This page was not machine-read: its text is in the page.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此页未经机器识别：其文字本就在页面中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find the words to highlight first (Ctrl+F), move to the hit (F3), then Highlight hit (Ctrl+H).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先查找要高亮的文字（Ctrl+F），移到该处（F3），再选择“高亮此处”（Ctrl+H）。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../viewer/annotations/dialogs.py" line="+80"/>
        <source>Preferences</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">匿名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">作者姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on every annotation you make, and in exported annotations. Leave it empty to stay anonymous.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">显示在您所做的每条批注上，以及导出的批注中。留空即可保持匿名。</translation>
    </message>
    <message>
        <source>Put on every annotation you make, and in exported annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">显示在您所做的每条批注上，以及导出的批注中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name on annotations:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您在批注上的署名：</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../viewer/printing.py" line="+134"/>
        <source>Your notes and highlights</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您的批注和高亮</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Your notes are locked: unlock them to print them.)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">（您的批注已锁定：解锁后才能打印。）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page {number} of {pages}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {number} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../viewer/trust/provenance.py" line="+46"/>
        <source>not known until verification ends</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证结束前未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown signer</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知签名者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive: {label}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案：{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {path}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition: {edition}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">版本：{edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: {signer}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">签名者：{signer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {fingerprint}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">指纹：{fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: {headline}. {detail}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">状态：{headline}。{detail}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../viewer/qtstrings.py" line="+19"/>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+17"/>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">后退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation type="unfinished">前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-85"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-14"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+25"/>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="-34"/>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryErrors</name>
    <message>
        <location filename="../../viewer/search/messages.py" line="+87"/>
        <source>The query is {length} characters long; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查询长度为 {length} 个字符；上限为 {limit} 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A word of {length} characters is too long to search for (the limit is {limit}): {word}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有一个词长达 {length} 个字符，超过上限（{limit} 个字符），无法搜索：{word}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has {count} words; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查询包含 {count} 个词；上限为 {limit} 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has {count} search terms after fuzzy expansion; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">模糊扩展后，查询包含 {count} 个检索项；上限为 {limit} 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query has {count} search terms; the limit is {limit}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查询包含 {count} 个检索项；上限为 {limit} 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fields} filters can be combined with words by AND only, not by OR or NOT.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{fields} 筛选条件与搜索词之间只能以 AND 组合，不能用 OR 或 NOT。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excluded word (NOT or -) cannot be one side of OR; write the words to find on both sides.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">被排除的词（NOT 或 -）不能作为 OR 的一侧；请在 OR 两侧都写上要查找的词。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: {value}. Write dates as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">不是日期：{value}。日期请写作 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} takes a plain value, such as {field}something, not a pattern or range.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{field} 只接受普通值，例如 {field}something，不能是通配模式或范围。</translation>
    </message>
    <message>
        <source>Unknown kind: {value}. Use kind:report, kind:image or kind:entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">未知类型：{value}。请使用 kind:report、kind:image 或 kind:entity。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown kind: {value}. Use kind:report, kind:image, kind:table, kind:email, kind:file or kind:entity.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知类型：{value}。请使用 kind:report、kind:image、kind:table、kind:email、kind:file 或 kind:entity。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query is nested too deeply; remove some parentheses or operators.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查询嵌套过深；请删除一些括号或运算符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown field {field}. Known fields: {known}. To search for text containing &quot;:&quot;, put it in quotes.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未知字段 {field}。已知字段：{known}。要搜索包含 &quot;:&quot; 的文本，请将其放在引号（&quot;）中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date:[TO] needs a first or a last date.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">date:[TO] 需要起始日期或结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* alone would match everything; type at least 2 characters before *.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">单独的 * 会匹配所有内容；请在 * 前至少输入 2 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a * at the end of a word is supported (chen*), not ? or * inside it: {word}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只支持词尾的 *（chen*），不支持词中的 ? 或 *：{word}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges [a TO b] work with date: only, as in date:[2017 TO 2019].</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">范围 [a TO b] 只能用于 date:，例如 date:[2017 TO 2019]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported query part: {part}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">不支持的查询部分：{part}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{query} would match too many words; type at least 2 letters before *.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query} 会匹配过多的词；请在 * 前至少输入 2 个字母。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{query}: fuzzy search allows 1 or 2 edits (word~ or word~2).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query}：模糊搜索只允许相差 1 或 2 处（word~ 或 word~2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not understand the query; check how AND, OR and NOT are used.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法理解此查询；请检查 AND、OR 和 NOT 的用法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query only excludes words: add at least one word to search for.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查询只排除了词：请至少添加一个要搜索的词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to search for: the query has no words (punctuation is not indexed).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有可搜索的内容：查询中没有任何词（标点符号不编入索引）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parentheses are nested more than {limit} deep at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">位置 {position} 处的括号嵌套超过 {limit} 层：{snippet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unmatched ) at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">位置 {position} 处有不匹配的 )：{snippet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclosed quote at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">位置 {position} 处的引号未闭合：{snippet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclosed ( at position {position}: {snippet}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">位置 {position} 处的 ( 未闭合：{snippet}</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="-142"/>
        <source>{0} tools</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}工具</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} message</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}消息</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../viewer/readers/report.py" line="+41"/>
        <source>Open link outside the archive?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开档案之外的链接吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link leads outside the archive:

{0}

Open in your browser?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此链接指向档案之外：

{0}

要在浏览器中打开吗？</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Report reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">报告阅读器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report text</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">报告正文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">上一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">下一处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal size</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正常大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">添加笔记…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{0}” is not a text report ({1}).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">“{0}”不是文本报告（{1}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This report cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示此报告：{0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} entity mentions could not be placed: this report&apos;s text and its markup differ.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">有 {0} 处实体提及无法定位：此报告的正文与其标记不一致。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link not followed: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未打开链接：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside the archive: {0} (you will be asked before it opens)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">档案之外：{0}（打开前会询问您）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the entity page</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">打开实体页面</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Hit {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0}/{1} 处</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select some text first, then Highlight (Ctrl+H) or Add note (Ctrl+M).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先选中一些文字，然后选择“高亮”（Ctrl+H）或“添加笔记”（Ctrl+M）。</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../viewer/search/delegate.py" line="+81"/>
        <source>p. {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0} 页</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../viewer/search/models.py" line="-157"/>
        <source>page {page}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {page} 页</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <location filename="../../viewer/search/saveddialog.py" line="+60"/>
        <source>Saved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已保存的搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已保存的搜索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Run</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">重命名(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No saved searches yet: Searches › Save This Search keeps the search typed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">还没有已保存的搜索：“搜索 › 保存此搜索”可保存所输入的搜索。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{query}
Saved from {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query}
保存自 {archive}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted the saved search {name}. Undo Delete brings it back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已删除已保存的搜索 {name}。“撤销删除”可将其恢复。</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <location filename="../../viewer/search/help.py" line="-194"/>
        <source>Finds items with all these words, in any order. Names are found in every script: {example} also finds Chen Quanguo.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">查找包含所有这些词的条目，顺序不限。各种文字写的名称都能找到：{example} 也能找到 Chen Quanguo。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes: these words together, in this order.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">引号：这些词连在一起，且按此顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An English word also finds its other forms in the text: {forms}. In quotes, only the form typed. Names are always matched as spelt.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">英文单词也会在正文中找到它的其他形式：{forms}。加引号时只找输入的形式。人名始终按原拼写匹配。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either word (AND between words is the default).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">任一词即可（词与词之间默认为 AND）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves out items with the word after NOT or the minus sign.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">排除包含 NOT 或减号后面那个词的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parentheses group words, as in arithmetic.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">用括号给词分组，与算术中一样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words beginning with &quot;detain&quot;: detained, detainee...</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">以“detain”开头的词：detained、detainee……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words spelt nearly the same (one or two letters different): for names spelt several ways.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">拼写几乎相同的词（相差一两个字母）：适用于有多种拼法的名称。</translation>
    </message>
    <message>
        <source>Only reports, only images, or only records of people, organisations and sanctions.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">只搜报告、只搜图像，或只搜人物、组织和制裁的记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only reports, images, tables, emails, files kept as given, or records of people, organisations and sanctions.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅限报告、图像、表格、电子邮件、按原样保存的文件，或人员、组织和制裁的记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items in that folder of the publisher&apos;s collection (and the folders inside it), or whose path starts with that text or matches that pattern ({star} stands for any characters).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">仅限发布者资料中该文件夹（及其子文件夹）内的条目，或路径以该文本开头或符合该模式的条目（{star} 代表任意字符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only items in that language: {en} English, {zh} Chinese, {ug} Uyghur.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜该语言的条目：{en} 英文，{zh} 中文，{ug} 维吾尔文。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items dated in that year, or month.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜日期在该年或该月的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in that period, first and last year included. {open} means 2020 or later; {braces} instead of {brackets} leaves the ends out.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">日期在该时段内，包含首尾两年。{open} 表示 2020 年或以后；用 {braces} 代替 {brackets} 则不含首尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only items that mention this person or organisation (click a name under &quot;Mentions&quot; to add it).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜提及此人物或组织的条目（点击“提及”下的名称即可添加）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items from that source (click one under &quot;Source&quot;).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜来自该来源的条目（点击“来源”下的某一项）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what you tagged &quot;urgent&quot; in your own annotations (tags stay on this computer, never in the archive).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜您在自己的批注中加了“urgent”标签的内容（标签只保存在这台电脑上，绝不写入档案）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The word only in titles, names, the text, or image captions: {example}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只在标题、名称、正文或图像说明中查找该词：{example}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capitals and accents make no difference. Filters such as {kind}, {date} and {entity} narrow a search (they combine with the words by AND only). Clicking a value in the list on the right adds its filter; click it again, or the ✕ under the search bar, to remove it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">不区分大小写和重音符号。{kind}、{date} 和 {entity} 等筛选条件可缩小搜索范围（它们与搜索词之间只能以 AND 组合）。点击右侧列表中的某个值即可添加其筛选条件；再次点击它，或点击搜索栏下方的 ✕，即可移除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word that no item contains is left out of the search, and named under the number of results; in quotes it is required: {example}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有任何条目包含的词会从搜索中略去，并在结果数下方列出；加引号则必须包含：{example}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: Ctrl+F goes to the search bar, Down arrow to the results, Enter opens a result, Escape comes back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按键：Ctrl+F 转到搜索栏，下方向键转到结果列表，Enter 打开结果，Escape 返回。</translation>
    </message>
    <message>
        <source>an official, by name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">按姓名查找官员</translation>
    </message>
    <message>
        <source>the same official, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">同一名官员（中文）</translation>
    </message>
    <message>
        <source>Xinjiang, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">新疆（中文）</translation>
    </message>
    <message>
        <source>Uyghur, in Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">维吾尔（维吾尔文）</translation>
    </message>
    <message>
        <source>an exact phrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">精确短语</translation>
    </message>
    <message>
        <location filename="../../viewer/search/examples.py" line="+58"/>
        <source>only images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜图像</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>only a period</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只搜某一时段</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the person named most often</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">被提及最多的人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an exact phrase: the organisation named most often</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">精确短语：被提及最多的组织</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a name spelt wrongly</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">拼错的名字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the same name, in Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">同一名称的中文写法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name, in Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">同一名称的维吾尔文写法</translation>
    </message>
    <message>
        <location filename="../../viewer/search/help.py" line="+28"/>
        <source>How to search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">如何搜索</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <location filename="../../viewer/search/messages.py" line="-141"/>
        <source>No results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 个结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 个结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 archive</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">1 个档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 个档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{results} in {archives}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{results}（已搜索 {archives}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} · {milliseconds} ms</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{summary} · {milliseconds} 毫秒</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{error} (at position {position})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{error}（位置 {position}）</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not search {archive}: {error} Try fewer or more specific words.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法搜索 {archive}：{error} 请减少搜索词或使用更具体的词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not search {archive}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法搜索 {archive}：{error}</translation>
    </message>
</context>
<context>
    <name>SearchModels</name>
    <message>
        <location filename="../../viewer/search/models.py" line="-120"/>
        <source>Reports</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">表格行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files kept as given</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">按原样保存的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and organisations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">人物和组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation type="unfinished">文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">文件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation type="unfinished">档案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">维吾尔文</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{sheet}, row {row}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{sheet}，第 {row} 行</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(top level)</source>
        <translation type="unfinished">（顶层）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all open archives, e.g.  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">搜索所有已打开的档案，例如  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</translation>
    </message>
    <message>
        <location filename="../../viewer/search/panel.py" line="+83"/>
        <source>Search all open archives: names, words, &quot;a phrase&quot;, kind:image, date:[2017 TO 2019]…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案：名称、词语、&quot;短语&quot;、kind:image、date:[2017 TO 2019]…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all open archives</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results appear as you type. Down arrow moves to the results, Enter searches at once, F1 explains the syntax.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">输入时即显示结果。下方向键移到结果列表，Enter 立即搜索，F1 查看搜索语法。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>How to write a search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">如何编写搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Order of the results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">结果排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">最佳匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">最新优先</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索有问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active filters</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">当前筛选条件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">结果数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search for this spelling instead</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">改为搜索这个拼写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archives that could not be searched</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法搜索的档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words left out of the search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索中略去的词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of these results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">这些结果的时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dated results on a time axis (Ctrl+Shift+D)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在时间轴上显示有日期的结果（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the result; Escape, or Up on the first result, goes back to the search bar.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">Enter 打开结果；按 Escape，或在第一条结果上按上方向键，返回搜索栏。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Narrow down the results</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">缩小结果范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or Space on a value adds its filter to the search, or removes it</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在某个值上按 Enter 或空格，可将其筛选条件加入搜索或移除</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>{summary} for {query}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索“{query}”：{summary}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Some facets were not counted: this search matches too much to count them in time.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">部分分面未统计：此次搜索匹配的内容太多，无法及时统计。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search failed: {0}: {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索失败：{0}：{1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在搜索…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Did you mean: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您是否要查找：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searched without {word}: no document has it. Put it in quotes to require it.</source>
        <extracomment>{word}: the reader&apos;s word, in quotes. Said when no document has it, so the search ran on the other words.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索时略去了 {word}：没有文档包含它。把它放在引号中，即可要求必须包含。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searched without {words} where no document has them. Put a word in quotes to require it.</source>
        <extracomment>{words}: the reader&apos;s words, quoted and joined by commas (see the one-word message).</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索时略去了 {words}：没有文档包含它们。把词放在引号中，即可要求必须包含。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Remove the filter {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">移除筛选条件 {0}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{0} is no longer open.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0} 已不再打开。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search stopped.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索已停止。</translation>
    </message>
</context>
<context>
    <name>SearchesMenu</name>
    <message>
        <location filename="../../viewer/search/saved.py" line="+53"/>
        <source>&amp;Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save This Search…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存此搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the search typed in the Search tab under a name</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">以一个名称保存“搜索”标签页中输入的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已保存的搜索(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage Saved Searches…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">管理已保存的搜索(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename, delete or run your saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">重命名、删除或运行您保存的搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">最近的搜索(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Search History</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">清除搜索历史(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every search recorded; saved searches stay</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">忘记所有已记录的搜索；已保存的搜索保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Search History</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保留搜索历史(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the searches you run in your store (off in portable mode unless you turn it on)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在您的存储中记录您运行的搜索（便携模式下默认关闭，除非您打开）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No saved searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有已保存的搜索</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not kept: turn on Keep Search History to record your searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未保留：打开“保留搜索历史”以记录您的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有最近的搜索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{query}
in {archive}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{query}
在 {archive} 中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your store is not open: searches cannot be kept</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您的存储未打开：无法保留搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes are locked: unlock them (Annotations › Unlock Notes…) to see or save searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您的笔记已锁定：请解锁（批注 › 解锁笔记…）以查看或保存搜索</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read your searches: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法读取您的搜索：{error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The search was not added to your history: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此搜索未加入您的历史：{error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a search in the Search tab first, then save it.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先在“搜索”标签页中输入搜索，然后保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not saved. {reason}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索未保存。{reason}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save This Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">保存此搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the search:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索名称：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved search is already called {name}. Replace it?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已有名为 {name} 的已保存搜索。要替换它吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索未保存：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the search as {name}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已将此搜索保存为 {name}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Saved Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">重命名已保存的搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">新名称：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was not renamed: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索未重命名：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search was not deleted: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索未删除：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search was not restored: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索未恢复：{error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The history was not cleared: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">历史未清除：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search history cleared. Saved searches are kept.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索历史已清除。已保存的搜索保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The choice was not saved: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此选择未保存：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches you run are now recorded in your history.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您运行的搜索现在会记录到历史中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches you run are no longer recorded. Clear Search History forgets those recorded so far.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您运行的搜索不再被记录。“清除搜索历史”会忘记迄今已记录的搜索。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open an archive to run this search.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请打开一个档案以运行此搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This search was made in {archive}, which is not open; the archives that are open were searched instead.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此搜索是在 {archive} 中进行的，该档案未打开；已改为搜索当前打开的档案。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved Searches</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已保存的搜索</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../viewer/settings.py" line="+64"/>
        <source>Settings cannot be saved in {folder}: {reason}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法在 {folder} 中保存设置：{reason}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings cannot be saved to {file}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法将设置保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <location filename="../../viewer/i18n.py" line="+73"/>
        <source>{action} ({shortcut})</source>
        <extracomment>A button&apos;s tooltip: what it does, then its keyboard shortcut in brackets.</extracomment>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{action}（{shortcut}）</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>{tip} ({key})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">{tip}（{key}）</translation>
    </message>
    <message>
        <location filename="../../viewer/annotations/actions.py" line="+36"/>
        <source>A&amp;nnotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark Item</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为条目加书签(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the open item, or remove its bookmark</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为当前打开的条目加书签，或移除其书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note on This Item or Entity…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为此条目或实体写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note about the whole item or entity in the current tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">为当前标签页中的整个条目或实体写笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protect Notes with a Passphrase…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">用密码短语保护笔记(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt notes and tags with a passphrase</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">用密码短语加密笔记和标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock Notes…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">解锁笔记(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and edit protected notes</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">阅读和编辑受保护的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange Passphrase…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">更改密码短语(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt protected notes again under a new passphrase and key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">用新的密码短语和密钥重新加密受保护的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Now</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the passphrase&apos;s key: notes and tags stay locked until unlocked</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">清除由密码短语得出的密钥：笔记和标签将保持锁定，直到再次解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit Log…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports, copies, trusted keys, verifications</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">导出、复制、受信任的密钥、验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name on annotations</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您在批注上的署名</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open an item or entity first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一个条目或实体。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已加书签。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已移除书签。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Notes, tags, quotes and authors are now encrypted, and the old backups replaced. Lock Now (Ctrl+Shift+L) forgets the key.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记、标签、引文和作者现已加密，旧备份也已被替换。“立即锁定”（Ctrl+Shift+L）会清除密钥。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase changed: the store and its backup are encrypted under a new key; the old passphrase opens nothing.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密码短语已更改：批注存储及其备份已用新密钥加密；旧密码短语已无法打开任何内容。</translation>
    </message>
    <message>
        <source>Notes and tags are now encrypted. Lock Now (Ctrl+Shift+L) forgets the key.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">笔记和标签现已加密。“立即锁定”（Ctrl+Shift+L）会清除密钥。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes unlocked.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记已解锁。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes locked: the key is gone from memory. Annotations › Unlock Notes… to read them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">笔记已锁定：密钥已从内存中清除。要阅读笔记，请使用“批注 › 解锁笔记…”。</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <location filename="../../viewer/annotations/controller.py" line="+27"/>
        <source>Annotations are off: {error} Reading works as usual.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注功能已关闭：{error} 阅读功能照常可用。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not deleted: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未删除：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation deleted. Undo delete (Ctrl+Z) brings it back.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注已删除。“撤销删除”（Ctrl+Z）可将其恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restored: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未恢复：{error}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The audit log could not record this entry ({action}): {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">审计日志未能记录此项（{action}）：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotation store is closed.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">批注存储已关闭。</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../viewer/readers/table.py" line="+137"/>
        <source>Sheets</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">工作表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter rows (Ctrl+F)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">筛选行（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">筛选行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">表格行</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot show these rows: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示这些行：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{total} 行中的 {shown} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} rows</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{total} 行</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../viewer/annotations/editor.py" line="+15"/>
        <source>tags, separated by commas</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签，用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">标签</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../viewer/timeline.py" line="+215"/>
        <source>Reading the dates…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在读取日期…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items</source>
        <translation type="unfinished">条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relations</source>
        <translation type="unfinished">关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctions</source>
        <translation type="unfinished">制裁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation type="unfinished">放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished">缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">适合窗口</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing dated: no item or relation here has a date.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有带日期的内容：这里没有任何条目或关系带有日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} dated items and relations, {first} to {last}. Click one to open it; Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 个有日期的条目和关系，从 {first} 到 {last}。单击其中一个即可打开；按住 Ctrl 滚动鼠标滚轮可缩放。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first {shown} of {count} dated items and relations: search for something to see fewer.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{count} 个有日期的条目和关系中的前 {shown} 个：搜索某些内容即可缩小范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeline cannot be shown: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示时间线：{error}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-208"/>
        <source>Timeline</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left and right arrows move between events, Enter opens the one selected, Ctrl and the mouse wheel zoom.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">左右箭头键在事件之间移动，Enter 打开所选事件，按住 Ctrl 滚动鼠标滚轮可缩放。</translation>
    </message>
</context>
<context>
    <name>TrustBadgeWidget</name>
    <message>
        <location filename="../../viewer/trust/badge.py" line="+21"/>
        <source>Verification state</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">验证状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop verifying (reading goes on; the archive is then shown as not verified)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">停止验证（可继续阅读；该档案随后显示为未验证）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this key…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">信任此密钥…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify again</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">重新验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items that failed verification</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未通过验证的条目</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No archive open</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有打开的档案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an archive with File › Open (Ctrl+O) or drop one here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请用“文件 › 打开档案”（Ctrl+O）打开档案，或将档案拖到这里。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>✗ {name} (archive structure)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ {name}（档案结构）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot trust the key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法信任该密钥</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location line="+23"/>
        <source>Trust this signing key?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">信任此签名密钥吗？</translation>
    </message>
    <message>
        <source>Only trust this key if the publisher has given you the same fingerprint in person, on paper or over a channel you already trust. Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="obsolete">只有当发布者当面、以纸面形式或通过您已信任的渠道给过您相同的指纹时，才应信任此密钥。任何人都可以用自己的密钥为档案签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only trust this key if the publisher has given you the same fingerprint, all 40 digits, in person, on paper or over a channel you already trust (for example read aloud on a phone call to a number you already had). Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只有当发布者当面、以纸面形式或通过您已信任的渠道（例如在您拨打原本就有的号码时，由对方在电话中念出）给过您完全相同的指纹（全部 40 位）时，才应信任此密钥。任何人都可以用自己的密钥为档案签名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key fingerprint</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密钥指纹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher&apos;s name, e.g. the organisation you got the key from</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发布者名称，例如您获得此密钥的组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this key</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">信任此密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the key to your trusted keys; archives it signed will show as verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">将此密钥加入受信任的密钥；由它签名的档案将显示为已验证</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key fingerprint:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密钥指纹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name to show for this key:</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此密钥的显示名称：</translation>
    </message>
</context>
</TS>
