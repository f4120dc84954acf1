<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation type="unfinished">{archive} 中没有条目 {item}</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../viewer/trust.py" line="+41"/>
        <source>Verifying…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在验证…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every byte against the publisher&apos;s signature. You can read while this runs.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在逐字节核对发布者的签名。验证期间可以照常阅读。</translation>
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
        <location line="+2"/>
        <source>Signed by {signer} (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由 {signer} 签名（密钥 {key}）；所有条目均一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by the publisher (key {key}); every item matches.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">由发布者签名（密钥 {key}）；所有条目均一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsigned</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">未签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing vouches for this archive&apos;s contents: treat them as unverified.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">没有任何签名为此档案的内容作保：请将其视为未经验证。</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Documents</name>
    <message>
        <location filename="../../viewer/documents.py" line="+64"/>
        <source>“{title}”</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">“{title}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../viewer/exportdialog.py" line="+30"/>
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
        <location line="+2"/>
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
        <translation type="unfinished">每个原始文件都按字节原样复制，并附上发布者已签名的证明，以及任何人都能核查的证物清单（HTML 和 PDF）。</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+23"/>
        <source>Cancelled: nothing was written.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Exporting {0} item(s)…</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">正在导出 {0} 个条目…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {0} exhibit(s) to {1} in {2} s. Check it with: casefile check-bundle &quot;{1}&quot;</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">已在 {2} 秒内将 {0} 件证物导出到 {1}。可用以下命令核查：casefile check-bundle &quot;{1}&quot;</translation>
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
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="+158"/>
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
    <name>ImageView</name>
    <message>
        <location filename="../../viewer/readers/image.py" line="+59"/>
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
        <location line="+16"/>
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
        <location line="+12"/>
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
        <location line="+35"/>
        <source>“{0}” cannot be displayed: {1}.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示“{0}”：{1}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">地点：{0}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Drag a rectangle on the picture to mark a region (R or Esc to stop).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">在图片上拖出一个矩形来标记区域（按 R 或 Esc 停止）。</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../viewer/documents.py" line="-29"/>
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
        <location line="+3"/>
        <source>This archive is unsigned: nothing vouches that this item is what its publisher released.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">此档案未签名：没有任何东西能证明此条目就是发布者所发布的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ DOES NOT MATCH WHAT THE PUBLISHER SIGNED. {reason} Do not rely on this item as evidence.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">✗ 与发布者签名的内容不一致。{reason} 请勿将此条目作为证据。</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <location line="+71"/>
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
        <location filename="../../viewer/library.py" line="+161"/>
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
        <location line="+10"/>
        <source>{title} (synthetic)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{title}（合成）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/mainwindow.py" line="+71"/>
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
        <location line="+31"/>
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
        <location line="+26"/>
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
        <location line="+14"/>
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
        <location line="+1"/>
        <source>&amp;Search</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all open archives (in a report or PDF, Ctrl+F finds in that document)</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案（在报告或 PDF 中，Ctrl+F 在该文档内查找）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close &amp;Tab</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+43"/>
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
        <location line="+14"/>
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
        <source>Open an archive first.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先打开一个档案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search, open an item or an entity, or tag items, then export them.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先搜索、打开条目或实体，或给条目加标签，然后再导出。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+6"/>
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
        <location line="+42"/>
        <source>Cannot open {what}: {error}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法打开 {what}：{error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That annotation was deleted in the meantime.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">该批注已在此期间被删除。</translation>
    </message>
    <message>
        <location line="+116"/>
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
    <name>PdfView</name>
    <message>
        <location filename="../../viewer/readers/pdf.py" line="+48"/>
        <source>PDF reader</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">PDF 阅读器</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+13"/>
        <source>This PDF cannot be shown: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示此 PDF：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{0}” cannot be displayed: {1}. The archive holds the original bytes unchanged; export the file to inspect it with other tools.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">无法显示“{0}”：{1}。档案中保存着未经改动的原始字节；可导出该文件，用其他工具检查。</translation>
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
        <translation type="unfinished">第 {0}/{1} 处，第 {2} 页</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find the words to highlight first (Ctrl+F), move to the hit (F3), then Highlight hit (Ctrl+H).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先查找要高亮的文字（Ctrl+F），移到该处（F3），再选择“高亮此处”（Ctrl+H）。</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../viewer/readers/common.py" line="-128"/>
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
        <location line="+34"/>
        <source>{0} ({1})</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../viewer/readers/report.py" line="+88"/>
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
        <location line="+19"/>
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
        <location line="+7"/>
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
        <location line="+14"/>
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
        <location line="+72"/>
        <source>Hit {0} of {1}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0}/{1} 处</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select some text first, then Highlight (Ctrl+H) or Add note (Ctrl+M).</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请先选中一些文字，然后选择“高亮”（Ctrl+H）或“添加笔记”（Ctrl+M）。</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../viewer/search/delegate.py" line="+72"/>
        <source>p. {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">第 {0} 页</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../viewer/search/panel.py" line="+66"/>
        <source>Search all open archives, e.g.  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索所有已打开的档案，例如  Chen Quanguo   &quot;police files&quot;   kind:image   date:[2017 TO 2019]</translation>
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
        <location line="+9"/>
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
        <location line="+17"/>
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
        <location line="+186"/>
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
        <location line="+16"/>
        <source>Did you mean: {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">您是不是要找：{0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Remove the filter {0}</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">移除筛选条件 {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} is no longer open.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">{0} 已不再打开。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Search stopped.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">搜索已停止。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../viewer/settings.py" line="+62"/>
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
    <name>TrustBadgeWidget</name>
    <message>
        <location filename="../../viewer/trust.py" line="+20"/>
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
        <location line="+2"/>
        <source>Open an archive with File › Open (Ctrl+O) or drop one here.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">请用“文件 › 打开”（Ctrl+O）打开档案，或将档案拖到这里。</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+16"/>
        <source>Trust this signing key?</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">信任此签名密钥吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only trust this key if the publisher has given you the same fingerprint in person, on paper or over a channel you already trust. Anyone can sign an archive with a key of their own.</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">只有当发布者当面、以纸面形式或通过您已信任的渠道给过您相同的指纹时，才信任此密钥。任何人都可以用自己的密钥为档案签名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key fingerprint</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">密钥指纹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publisher&apos;s name, e.g. the organisation you got the key from</source>
        <translatorcomment>Draft by the Casefile developers; needs review by a native speaker before release.</translatorcomment>
        <translation type="unfinished">发布者名称，例如您获得此密钥的机构</translation>
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
        <location line="+6"/>
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
