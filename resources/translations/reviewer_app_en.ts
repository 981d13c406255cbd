<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AwardTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/award_tab.py" line="43"/>
        <source>无法写出 {path}：{error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/award_tab.py" line="45"/>
        <source>模板已写出：{path}</source>
        <translation>Template written: {path}</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="45"/>
        <source>评查活动</source>
        <translation>Review round</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="46"/>
        <source>如：2026年全省环境执法大练兵案卷评查</source>
        <translation>e.g. 2026 provincial enforcement case-file review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="56"/>
        <source>否决项不通过：本表计 0 分</source>
        <translation>Failed veto item: the sheet scores 0</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="57"/>
        <source>否决项不通过：保留得分，标注不合格</source>
        <translation>Failed veto item: keep the points, mark as failing</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="61"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="62"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="63"/>
        <source>案卷形成期间：</source>
        <translation>Case files formed between:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="64"/>
        <source>评分细则：</source>
        <translation>Rubric:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="65"/>
        <source>计分权重：</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="65"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="65"/>
        <source>交叉评审</source>
        <translation>Cross review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="66"/>
        <source>否决项处理：</source>
        <translation>Veto policy:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="67"/>
        <source>每件案卷评审人数：</source>
        <translation>Reviewers per case file:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="67"/>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="67"/>
        <source>交叉</source>
        <translation>Cross</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="58"/>
        <source>选择候选人，查看评审小组将看到的匿名处理后的个人事迹</source>
        <translation>Select a candidate to read their story as the panel will (anonymised)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="61"/>
        <source>匿名处理替换的内容：请核对，有遗漏时在“其他需隐去的人名”中补充后重新导入</source>
        <translation>What anonymisation replaced: check it; if something was missed, add it under “other names to hide” and import again</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="62"/>
        <source>其他需隐去的人名或地名（以、分隔），导入事迹时使用</source>
        <translation>Other names or places to hide (separated by 、), used when a story is imported</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="66"/>
        <source>个人事迹（评审小组所见）</source>
        <translation>Story (as the panel reads it)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="68"/>
        <source>匿名处理替换的内容</source>
        <translation>Replaced by anonymisation</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="80"/>
        <source>写出候选人模板…</source>
        <translation>Write candidates template…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="80"/>
        <source>姓名、参评单位、执法证号、廉洁执法证明、参与调查处理案件数、案件调查得票数</source>
        <translation>Name, unit, enforcement certificate number, integrity certificate, cases handled, investigation votes</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="81"/>
        <source>导入候选人名单…</source>
        <translation>Import candidates…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="81"/>
        <source>整表导入，替换原有名单和事迹；有错误时指出工作表、行和列，不导入任何数据</source>
        <translation>Imports the whole sheet, replacing the list and stories; an error names the sheet, row and column and nothing is imported</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="82"/>
        <source>导入个人事迹…</source>
        <translation>Import story…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="82"/>
        <source>所选候选人的事迹材料（.docx 或 .txt，3000 字以内），导入时匿名处理</source>
        <translation>The selected candidate&apos;s story (.docx or .txt, at most 3,000 characters), anonymised on import</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="83"/>
        <source>分配评审小组</source>
        <translation>Assign to the panel</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="83"/>
        <source>把已导入的个人事迹分配给本活动全部专家（评审小组），随评审包发出，在评审工作台评分、签名</source>
        <translation>Give the imported personal stories to all of the round&apos;s experts (the panel); they travel in the review packages and are scored and signed on the workbench</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="84"/>
        <source>举报属实（移出）…</source>
        <translation>Report upheld (remove)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="84"/>
        <source>所选候选人的举报经查属实：移出候选名单，须写明核查结论</source>
        <translation>A report about the selected candidate was found true: removed from the list; give the finding</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="85"/>
        <source>举报不属实…</source>
        <translation>Report not upheld…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="85"/>
        <source>所选候选人的举报经查不属实，须写明核查结论</source>
        <translation>A report about the selected candidate was found untrue; give the finding</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="102"/>
        <source>计分：{rules}。拟推荐：{names}</source>
        <translation>Scoring: {rules}. Proposed: {names}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="103"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="105"/>
        <source>待决：{items}</source>
        <translation>Open: {items}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="127"/>
        <source>（{alias}：尚未导入个人事迹）</source>
        <translation>({alias}: no story imported yet)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="132"/>
        <source>写出候选人模板</source>
        <translation>Write candidates template</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="132"/>
        <source>先进个人候选人.xlsx</source>
        <translation>individual-award-candidates.xlsx</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="135"/>
        <source>导入候选人名单</source>
        <translation>Import candidates</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="139"/>
        <source>已导入 {count} 名候选人（原有名单和事迹已替换）</source>
        <translation>Imported {count} candidates (earlier list and stories replaced)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="144"/>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="165"/>
        <source>请先在表中选择一名候选人</source>
        <translation>Select a candidate in the table first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="146"/>
        <source>导入 {name} 的个人事迹</source>
        <translation>Import the story of {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="146"/>
        <source>事迹材料 (*.docx *.txt)</source>
        <translation>Stories (*.docx *.txt)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="154"/>
        <source>已导入 {name} 的个人事迹，匿名处理替换 {count} 处，请在右侧核对</source>
        <translation>Imported the story of {name}; anonymisation replaced {count} items: check them on the right</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="160"/>
        <source>个人事迹已分配给评审小组（新增 {count} 项）；请为评审小组成员生成评审包</source>
        <translation>Personal stories assigned to the panel ({count} new assignments); now build review packages for the panel members</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="167"/>
        <source>举报核查</source>
        <translation>Report finding</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="167"/>
        <source>{name}：核查结论和依据（记入审计日志并印在报告中）：</source>
        <translation>{name}: the finding and its grounds (recorded in the audit log and printed in reports):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/candidates_tab.py" line="170"/>
        <source>已记录 {name} 的举报核查结论</source>
        <translation>Recorded the report finding for {name}</translation>
    </message>
</context>
<context>
    <name>CaseFilesTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="58"/>
        <source>双击（或按 F2）更正</source>
        <translation>Double-click (or press F2) to correct</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="69"/>
        <source>把单位文件夹（或包含各单位文件夹的文件夹，结构为“单位/案卷/文书”）拖到这里即可登记案卷。文书类型按首页标题（或文号）推断，没有标题时才看文件名；案卷类型按名称和文书推断。如有不对，双击表中的类型即可更正。</source>
        <translation>Drop unit folders here (or a folder holding them, laid out as unit/case file/documents) to register case files. Document types are read from the title (or document number) on the first page, from the file name only when there is none; case types from the names and the documents. Double-click a type in the tables to correct it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="72"/>
        <source>登记案卷文件夹…</source>
        <translation>Register case-file folder…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="77"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="77"/>
        <source>参评单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="77"/>
        <source>案卷名称</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="77"/>
        <source>案卷类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="78"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="78"/>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="82"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="82"/>
        <source>类型依据</source>
        <translation>Typed by</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="78"/>
        <source>移动执法平台记录</source>
        <translation>Mobile platform record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="82"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="82"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="82"/>
        <source>文书类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="98"/>
        <source>组卷和报送要求：登记或更正后即时更新</source>
        <translation>Composition and submission rules: updated on every registration or correction</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="123"/>
        <source>{reason}：案卷和文书类型已不能更正。</source>
        <translation>{reason}: case and document types can no longer be corrected.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="129"/>
        <source>未识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="163"/>
        <source>{code} 的案卷类型已更正为“{type}”。</source>
        <translation>Case type of {code} corrected to “{type}”.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="167"/>
        <source>文书类型已更正为“{type}”。</source>
        <translation>Document type corrected to “{type}”.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="181"/>
        <source>选择单位文件夹或包含各单位文件夹的文件夹</source>
        <translation>Choose a unit folder or a folder holding unit folders</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="199"/>
        <source>正在检查每份文书能否打开、读取和显示……</source>
        <translation>Checking that every document opens, reads and displays…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="216"/>
        <source>以下案卷未登记，请更换有问题的文书后再拖入：</source>
        <translation>These case files were not registered; replace the faulty documents and drop them again:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="209"/>
        <source>正在登记案卷……</source>
        <translation>Registering case files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="211"/>
        <source>未登记任何案卷：{error}</source>
        <translation>No case file registered: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/case_files_tab.py" line="213"/>
        <source>已登记 {cases} 件案卷、{documents} 份文书。新案卷尚未分配评审人员：请到“评分进度”页自动分配或手工分配。</source>
        <translation>Registered {cases} case files with {documents} documents. The new case files have no reviewers yet: assign them on the Progress tab, automatically or by hand.</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="450"/>
        <source>各参评单位案卷质量指标（设区市在前，按排名）</source>
        <translation>Case-file quality indicator by unit (cities first, in rank order)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="454"/>
        <source>评审人员相对案卷均分的平均偏差（正为偏宽）</source>
        <translation>Reviewers&apos; mean deviation from case means (positive = lenient)</translation>
    </message>
</context>
<context>
    <name>CollectiveAwardsTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="61"/>
        <source>写出统计数据模板…</source>
        <translation>Write statistics template…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="62"/>
        <source>每个参评单位一行：重点监控企业数、查处案件数、罚款金额、五类重大案件数、满意度得票、文章数、空气和水质</source>
        <translation>One row per unit: key monitored enterprises, cases handled, fines, the five kinds of major cases, satisfaction votes, articles, air and water</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="64"/>
        <source>导入统计数据…</source>
        <translation>Import statistics…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="65"/>
        <source>整表导入，替换原有数据；有错误时指出工作表、行和列，不导入任何数据</source>
        <translation>Imports the whole sheet, replacing earlier data; an error names the sheet, row and column and nothing is imported</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="67"/>
        <source>并列顺序…</source>
        <translation>Tie order…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="68"/>
        <source>综合得分和文章数都相同的单位：给所选单位排定先后（1 在前，0 取消），须写理由</source>
        <translation>Units equal in total and articles: order the selected unit (1 first, 0 clears), with a reason</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="79"/>
        <source>应用规则</source>
        <translation>Apply rules</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="82"/>
        <source>分指标计分：</source>
        <translation>Sub-indicators:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="84"/>
        <source>市级名额：</source>
        <translation>City places:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="86"/>
        <source>县级名额：</source>
        <translation>County places:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="91"/>
        <source>设区市直接列为候选；县级单位由所在设区市推荐，勾选即列为候选</source>
        <translation>Cities are candidates of their own level; a county is a candidate when its city recommends it (tick it)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="96"/>
        <source>候选单位（县级须设区市推荐）</source>
        <translation>Candidates (counties on their city&apos;s recommendation)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="133"/>
        <source>（无统计数据）</source>
        <translation> (no statistics)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="143"/>
        <source>拟推荐 {level}（名额 {quota}）：{names}</source>
        <translation>Proposed, {level} ({quota} places): {names}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="144"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="147"/>
        <source>待决：{items}</source>
        <translation>Open: {items}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="156"/>
        <source>写出统计数据模板</source>
        <translation>Write statistics template</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="156"/>
        <source>先进集体评选统计数据.xlsx</source>
        <translation>collective-award-statistics.xlsx</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="159"/>
        <source>导入统计数据</source>
        <translation>Import statistics</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="166"/>
        <source>已导入 {name}：{count} 个单位的统计数据（原有数据已替换）</source>
        <translation>Imported {name}: statistics of {count} units (earlier data replaced)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="170"/>
        <source>已记录：{unit}列为县级先进集体候选</source>
        <translation>Recorded: {unit} is a county candidate</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="170"/>
        <source>已记录：{unit}不再列为候选</source>
        <translation>Recorded: {unit} is no longer a candidate</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="179"/>
        <source>评选规则已更新</source>
        <translation>Selection rules updated</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="184"/>
        <source>请先在表中选择一个单位</source>
        <translation>Select a unit in the table first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="187"/>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="193"/>
        <source>并列顺序</source>
        <translation>Tie order</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="187"/>
        <source>{unit} 在并列单位中的顺序（1 在前，0 取消）：</source>
        <translation>{unit}&apos;s place among tied units (1 first, 0 clears):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="193"/>
        <source>理由（记入审计日志并印在报告中）：</source>
        <translation>Reason (recorded in the audit log and printed in reports):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/awards_tab.py" line="197"/>
        <source>已记录 {unit} 的并列顺序</source>
        <translation>Recorded the tie order of {unit}</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="422"/>
        <source>必填：实体评查{items}不通过，请写明理由</source>
        <translation>Required: the substantive item {items} failed; say why</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="427"/>
        <source>对该候选人个人事迹的总体评审意见（选填）</source>
        <translation>Overall opinion of this candidate&apos;s personal story (optional)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="428"/>
        <source>对本案卷的总体评审意见（选填；实体评查不通过时必填）</source>
        <translation>Your overall opinion of this case file (optional; required when a substantive item fails)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="335"/>
        <source>评审人员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="335"/>
        <source>评审类别</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="335"/>
        <source>所属地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="335"/>
        <source>声明回避的单位</source>
        <translation>Declared conflicts (units)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="338"/>
        <source>声明回避</source>
        <translation>Declare conflict</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="340"/>
        <source>撤回声明</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="345"/>
        <source>参评单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="350"/>
        <source>评审人员除回避本地区外，还可声明与其他单位存在利害关系；自动分配会避开所声明的单位。</source>
        <translation>Besides their own region, reviewers may declare a conflict with any unit; automatic assignment keeps them away from it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="368"/>
        <source>请先选择一位评审人员</source>
        <translation>Select a reviewer first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="379"/>
        <source>已记录。{reviewer} 已分到的 {count} 件案卷与声明冲突（{codes}），请在评分进度页调整</source>
        <translation>Recorded. {count} case files already given to {reviewer} conflict with the declaration ({codes}); change them on the Progress tab</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="382"/>
        <source>已记录：{reviewer} 撤回对 {unit} 的回避声明</source>
        <translation>Recorded: {reviewer} withdrew the conflict with {unit}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="383"/>
        <source>已记录：{reviewer} 回避 {unit}</source>
        <translation>Recorded: {reviewer} declared a conflict with {unit}</translation>
    </message>
</context>
<context>
    <name>CountiesDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="108"/>
        <source>计入市级得分的县级单位</source>
        <translation>Counties counted in the city score</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="111"/>
        <source>{city} 的得分按本级 8 份和 {count} 个县级单位各 7 份案卷计算。请勾选这 {count} 个县级单位：</source>
        <translation>{city}&apos;s score is taken over its own 8 case files and 7 from each of {count} counties. Tick these {count} counties:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="42"/>
        <source>如：维持原评分、采纳组长复评结果</source>
        <translation>e.g. scores stand; panel leader&apos;s re-score adopted</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="44"/>
        <source>决定(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="46"/>
        <source>必填：依据和理由，将记入审计日志并印在报告中</source>
        <translation>Required: the grounds, recorded in the audit log and printed in reports</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="49"/>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="50"/>
        <source>不填则按各评分表计算</source>
        <translation>Leave empty to keep the score computed from the sheets</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="53"/>
        <source>认定得分(&amp;S)：</source>
        <translation>Accepted &amp;score:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="54"/>
        <source>如：评审组组长 张三</source>
        <translation>e.g. group leader Zhang San</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="56"/>
        <source>复核人(&amp;B)：</source>
        <translation>Re-checked &amp;by:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="25"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/decision_dialog.py" line="26"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="94"/>
        <source>上一页 (Alt+←)</source>
        <translation>Previous page (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="96"/>
        <source>下一页 (Alt+→)</source>
        <translation>Next page (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="102"/>
        <source>在文书中查找 (Ctrl+F)</source>
        <translation>Find in document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="148"/>
        <source>本案卷没有文书</source>
        <translation>This case file has no documents</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="192"/>
        <source>无法打开文书“{title}”：文件不存在（{path}）</source>
        <translation>Cannot open document “{title}”: the file is missing ({path})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="202"/>
        <source>无法打开文书“{title}”：文件已损坏或不是有效的 PDF（{path}）</source>
        <translation>Cannot open document “{title}”: the file is damaged or not a valid PDF ({path})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="221"/>
        <source>无法打开文书“{title}”：图片已损坏或格式不受支持（{path}）</source>
        <translation>Cannot open document “{title}”: the image is damaged or its format is not supported ({path})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="286"/>
        <source>无法显示第 {page} 页：{error}</source>
        <translation>Cannot show page {page}: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="335"/>
        <source>此文书无可查找的文字</source>
        <translation>This document has no searchable text</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/document_viewer.py" line="342"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="290"/>
        <source>案卷编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="290"/>
        <source>参评单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="290"/>
        <source>案卷</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="290"/>
        <source>入库提示</source>
        <translation>Intake warning</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="290"/>
        <source>秘书处决定</source>
        <translation>Secretariat decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="291"/>
        <source>排除提示，按评分计入…</source>
        <translation>Dismiss warning, count as scored…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="293"/>
        <source>确认不符合报送要求（计 0 分）…</source>
        <translation>Confirm ineligible (scores 0)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="301"/>
        <source>登记时发现的可能不符合报送要求的情形（未识别出移动执法平台记录、文书日期不在报送期间、缺少关键文书）。提示不影响计分；经确认的案卷计 0 分，决定前结果为初步结果。</source>
        <translation>What intake found that may break the submission rules (no mobile-platform record recognised, a document dated outside the period, a key document missing). A warning changes no score; a confirmed file scores 0, and results stay provisional until each is decided.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="309"/>
        <source>待决定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="309"/>
        <source>确认不符合，计 0 分</source>
        <translation>Confirmed ineligible, scores 0</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="310"/>
        <source>已排除提示</source>
        <translation>Warning dismissed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="318"/>
        <source>请先选择一件案卷</source>
        <translation>Select a case file first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="321"/>
        <source>确认不符合报送要求</source>
        <translation>Confirm ineligible</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="321"/>
        <source>排除提示</source>
        <translation>Dismiss warning</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="322"/>
        <source>案卷 {code}：{warnings}。请填写理由。</source>
        <translation>Case file {code}: {warnings}. Give the reason.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="325"/>
        <source>已记录 {code} 的决定</source>
        <translation>Decision on {code} recorded</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../reviewer_app/gui/widgets/export_notice.py" line="14"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/widgets/export_notice.py" line="16"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FalsificationBox</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="293"/>
        <source>情况说明（报告疑似或认定造假时必填）</source>
        <translation>Description (required when reporting suspected or found falsification)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="299"/>
        <source>添加当前页为证据</source>
        <translation>Add current page as evidence</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="299"/>
        <source>删除所选证据</source>
        <translation>Remove selected evidence</translation>
    </message>
</context>
<context>
    <name>FalsificationTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="203"/>
        <source>案卷编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="203"/>
        <source>评审人员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="203"/>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="203"/>
        <source>情况说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="204"/>
        <source>证据页</source>
        <translation>Evidence pages</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="204"/>
        <source>秘书处决定</source>
        <translation>Secretariat decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="205"/>
        <source>认定造假…</source>
        <translation>Confirm falsification…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="207"/>
        <source>不予认定…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="221"/>
        <source>待决定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="221"/>
        <source>已认定</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="221"/>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="233"/>
        <source>不予认定</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="230"/>
        <source>请先选择一条造假报告</source>
        <translation>Select a falsification report first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="233"/>
        <source>认定造假</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="234"/>
        <source>案卷 {code}：请填写理由</source>
        <translation>Case file {code}: give the reason</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="237"/>
        <source>已记录 {code} 的决定</source>
        <translation>Decision on {code} recorded</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="65"/>
        <source>缺报案卷</source>
        <translation>Missing case files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="67"/>
        <source>{unit} 报送 {submitted} 件，应报 {required} 件。通知按应报件数计算平均分：缺报的每件按 0 分计入；确有正当理由的，可准予缺报，按实报件数计算。</source>
        <translation>{unit} submitted {submitted} case files of the {required} required. The notice averages over the required number: each missing file counts 0; with good reason the gap can be excused, and the mean is over the files submitted.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="73"/>
        <source>缺报的每件按 0 分计入(&amp;Z)</source>
        <translation>Count each missing file as &amp;zero</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="74"/>
        <source>准予缺报，按实报件数计算(&amp;E)</source>
        <translation>&amp;Excuse the gap: average over the files submitted</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="75"/>
        <source>暂不决定（结果保持为初步结果）(&amp;N)</source>
        <translation>&amp;Not yet decided (results stay provisional)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="82"/>
        <source>理由（准予缺报时必填），记入审计日志</source>
        <translation>Reason (required to excuse), kept in the audit log</translation>
    </message>
</context>
<context>
    <name>ImportReturnsDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="65"/>
        <source>导入评分回传文件</source>
        <translation>Import return files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="73"/>
        <source>把回传文件（.rvwret）或存放它们的文件夹拖到这里，或用下面的按钮选择。</source>
        <translation>Drop return files (.rvwret) or folders holding them here, or choose them with the buttons below.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="75"/>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="77"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="79"/>
        <source>秘书处密钥口令</source>
        <translation>Secretariat key passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="80"/>
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="88"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="88"/>
        <source>评审人员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="88"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="88"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="97"/>
        <source>密钥：{name}</source>
        <translation>Key: {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="117"/>
        <source>选择回传文件</source>
        <translation>Choose return files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="117"/>
        <source>回传文件 (*.rvwret);;所有文件 (*)</source>
        <translation>Return files (*.rvwret);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="121"/>
        <source>选择存放回传文件的文件夹</source>
        <translation>Choose the folder holding return files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="137"/>
        <source>请先添加回传文件。</source>
        <translation>Add return files first.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="166"/>
        <source>正在导入 {done} / {total}：{name}</source>
        <translation>Importing {done} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/import_returns_dialog.py" line="177"/>
        <source>完成：导入 {a} 个，已导入过 {d} 个，拒绝 {r} 个。</source>
        <translation>Done: {a} imported, {d} already imported, {r} refused.</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="54"/>
        <source>满分 {points}</source>
        <translation>max {points}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="61"/>
        <source>仅在采取该措施时适用：案卷中没有{document}时，本项预设为“不适用”，请核对确认</source>
        <translation>Applies only when the measure was taken: with no {document} in the case file this item starts as “not applicable”; please check and confirm</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="68"/>
        <source>扣 {points} 分：{text}</source>
        <translation>−{points}: {text}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="76"/>
        <source>其他扣分理由</source>
        <translation>Other reason for a deduction</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="78"/>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="85"/>
        <source>无扣分 (Ctrl+0)</source>
        <translation>No deduction (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="87"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="88"/>
        <source>本案卷没有适用本项的情形（如当事人未申请听证）：本项不计分，合计按适用项折算为百分制</source>
        <translation>This case file gives no occasion for the item (no hearing was requested, say): it is not scored, and the total is rescaled to 100 over the applicable items</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="90"/>
        <source>附当前页</source>
        <translation>Cite current page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="91"/>
        <source>把正在查看的文书和页码附到本项尚未注明出处的扣分上</source>
        <translation>Attach the document and page being viewed to this item&apos;s deductions that cite no page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="130"/>
        <source>扣 {points} 分：{reason}</source>
        <translation>−{points}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="133"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="139"/>
        <source>不适用，不计分</source>
        <translation>Not applicable, not scored</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="141"/>
        <source>得分 {score}</source>
        <translation>Score {score}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="143"/>
        <source>未评分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="167"/>
        <source>请先填写扣分理由</source>
        <translation>Enter the reason first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="190"/>
        <source>{item}：没有需要注明出处的扣分</source>
        <translation>{item}: no deduction needs a page reference</translation>
    </message>
</context>
<context>
    <name>PrecheckHint</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="28"/>
        <source>预审提示：{message}</source>
        <translation>Pre-check: {message}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="30"/>
        <source>依据：{source}（程序读取文书所得，请核实；不自动扣分）</source>
        <translation>Source: {source} (read from the documents by the program: please verify; no points are deducted by it)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="42"/>
        <source>查看 {document} 第{page}页</source>
        <translation>Show {document}, page {page}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="54"/>
        <source>已核实</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="55"/>
        <source>看过文书，确有此问题：在对应评分项中扣分或说明</source>
        <translation>Checked in the documents, the problem is there: deduct or explain under the item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="56"/>
        <source>不成立</source>
        <translation>Not so</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/precheck_hints.py" line="57"/>
        <source>看过文书，没有此问题（如程序读错了日期）</source>
        <translation>Checked in the documents, there is no such problem (e.g. the program misread a date)</translation>
    </message>
</context>
<context>
    <name>ProgressMatrix</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="78"/>
        <source>同一随机种子总得到同一分配结果</source>
        <translation>The same seed always gives the same assignment</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="79"/>
        <source>自动分配</source>
        <translation>Assign automatically</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="80"/>
        <source>按每件案卷的专家、交叉评审人数重新分配；交叉评审人员回避本地区案卷，工作量尽量均衡</source>
        <translation>Reassign with the configured number of experts and cross reviewers per file; cross reviewers never get files from their own region; loads as even as possible</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="83"/>
        <source>评分进度随回传文件导入而更新；双击单元格可手工分配或取消分配。</source>
        <translation>Progress follows the imported returns; double-click a cell to assign or unassign by hand.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="84"/>
        <source>随机种子：</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="140"/>
        <source>回避冲突</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="141"/>
        <source>{reviewer} 与案卷 {code} 属同一地区，按规定应回避。仍要分配吗？</source>
        <translation>{reviewer} is from the same region as case file {code} and should not score it. Assign anyway?</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="150"/>
        <source>已将案卷 {code} 分配给 {reviewer}。</source>
        <translation>Case file {code} assigned to {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="150"/>
        <source>已取消 {reviewer} 对案卷 {code} 的分配。</source>
        <translation>Case file {code} taken from {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="161"/>
        <source>已自动分配（随机种子 {seed}）：{loads}</source>
        <translation>Assigned automatically (seed {seed}): {loads}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="40"/>
        <source>发布最终结果</source>
        <translation>Publish final results</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="46"/>
        <source>发布后，导出的报告载明发布单位和日期。尚有待决事项时不能发布。</source>
        <translation>Once published, exported reports name the issuing body and the date. Results cannot be published while questions are open.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="50"/>
        <source>如：省生态环境厅</source>
        <translation>e.g. Provincial Department of Ecology and Environment</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="51"/>
        <source>发布单位(&amp;I)：</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="56"/>
        <source>发布日期(&amp;D)：</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="64"/>
        <source>尚有 {count} 项待决事项：{shown}</source>
        <translation>{count} questions still open: {shown}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="67"/>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="68"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="78"/>
        <source>已于 {date} 由{issuer}发布</source>
        <translation>Published by {issuer} on {date}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="80"/>
        <source>发布后，导入评分表、裁定、复核、分配等会改变结果的操作都不再接受。确需更改时，先撤销发布，改后重新发布。</source>
        <translation>Once published, nothing that changes the results is accepted: importing sheets, rulings, re-checks, assignments. If they must change, withdraw the publication, make the change, then publish again.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="84"/>
        <source>撤销理由（记入操作日志）</source>
        <translation>Reason for withdrawing (kept in the audit log)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/publish_dialog.py" line="86"/>
        <source>撤销发布(&amp;W)</source>
        <translation>&amp;Withdraw publication</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/operations.py" line="81"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecheckTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="392"/>
        <source>案卷编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="392"/>
        <source>最高与最低分差</source>
        <translation>Highest minus lowest</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="392"/>
        <source>各评审人员得分</source>
        <translation>Reviewers&apos; scores</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="392"/>
        <source>复核记录</source>
        <translation>Re-check record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="393"/>
        <source>记录复核决定…</source>
        <translation>Record re-check decision…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="396"/>
        <source>显示全部案卷（组长可复核任一案卷）(&amp;A)</source>
        <translation>Show &amp;all case files (a group leader may re-check any)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="404"/>
        <source>评分差距超过本轮阈值的案卷需要复核；组长也可复核任一案卷</source>
        <translation>Case files whose sheets are further apart than the round&apos;s threshold need a re-check; a group leader may re-check any file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="419"/>
        <source>请先选择一件案卷</source>
        <translation>Select a case file first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="430"/>
        <source>复核决定</source>
        <translation>Re-check decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="430"/>
        <source>案卷 {code}：记录复核决定。填写认定得分时，以该得分替代各评分表的计算结果。</source>
        <translation>Case file {code}: record the re-check decision. An accepted score replaces the score computed from the sheets.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="431"/>
        <source>已记录 {code} 的复核决定</source>
        <translation>Re-check decision on {code} recorded</translation>
    </message>
</context>
<context>
    <name>ReconsiderationDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="35"/>
        <source>行政复议纠正</source>
        <translation>Corrected on reconsideration</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="37"/>
        <source>评查期间 {start} 至 {end} 内的决定使该单位的案卷质量指标为 0；期间外的不影响。</source>
        <translation>A decision dated within the review period {start} to {end} makes the unit&apos;s case-file quality indicator 0; one outside it has no effect.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="39"/>
        <source>{unit} 的行政处罚被行政复议纠正。</source>
        <translation>{unit}&apos;s penalty was corrected on administrative reconsideration. </translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="40"/>
        <source>清空文号则撤销记录。</source>
        <translation>Clear the reference to take the record back.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="44"/>
        <source>如：临复决字〔2016〕12号</source>
        <translation>e.g. 临复决字〔2016〕12号</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="45"/>
        <source>决定文号(&amp;R)：</source>
        <translation>Decision &amp;reference:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/unit_decisions.py" line="50"/>
        <source>决定日期(&amp;D)：</source>
        <translation>Decision &amp;date:</translation>
    </message>
</context>
<context>
    <name>RedactionReviewDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="171"/>
        <source>脱敏审核</source>
        <translation>Redaction review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="203"/>
        <source>本页已查看</source>
        <translation>Page looked at</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="204"/>
        <source>记录本页已由人工查看（Ctrl+L）</source>
        <translation>Record that a person has looked at this page (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="206"/>
        <source>下一处待查看</source>
        <translation>Next page to look at</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="207"/>
        <source>转到下一页需要人工查看的页面：扫描页、印章、识别不确定的文字（Ctrl+N）</source>
        <translation>Go to the next page a person must look at: scans, seals, text OCR was unsure of (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="209"/>
        <source>敏感词…</source>
        <translation>Sensitive terms…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="211"/>
        <source>识别扫描页文字…</source>
        <translation>Read scanned pages (OCR)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="212"/>
        <source>用文字识别读出扫描页上的文字，再据此提出遮盖建议；每页约需数秒，可随时取消，已识别的页面不再重做</source>
        <translation>Read the text of scanned pages by OCR, then propose boxes from it; a few seconds a page, can be cancelled at any time, pages already read are not read again</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="215"/>
        <source>接受本页全部建议</source>
        <translation>Accept all proposals on this page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="217"/>
        <source>生成脱敏件并检查泄密</source>
        <translation>Produce anonymised copies and check for leaks</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="243"/>
        <source>页：</source>
        <translation>Page:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="245"/>
        <source>缩放：</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="257"/>
        <source>点击橙色建议框接受（再点一次不采用）；拖动框可移动位置；在页面空白处拖动可手工画框；右键删除手工框。</source>
        <translation>Click an orange proposed box to accept it (again to reject); drag a box to move it; drag on an empty part of the page to draw one by hand; right-click a hand-drawn box to remove it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="321"/>
        <source>待人工查看：{reason}</source>
        <translation>To look at: {reason}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="322"/>
        <source>已人工查看（{reason}）</source>
        <translation>Looked at ({reason})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="332"/>
        <source>待处理建议框 {open} 个；待人工查看 {pages} 页</source>
        <translation>{open} proposed boxes to decide; {pages} pages to look at</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="334"/>
        <source>下一处待查看（{count}）</source>
        <translation>Next page to look at ({count})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="341"/>
        <source>（已生成脱敏件）</source>
        <translation> (anonymised copy made)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="346"/>
        <source>{n} 处建议</source>
        <translation>{n} proposals</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="348"/>
        <source>{n} 页待看</source>
        <translation>{n} pages to look at</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="357"/>
        <source>没有待人工查看的页面。</source>
        <translation>No pages are waiting to be looked at.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="384"/>
        <source>手工标注</source>
        <translation>Drawn by hand</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="413"/>
        <source>正在按识别结果提出遮盖建议……</source>
        <translation>Proposing boxes from what OCR read…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="417"/>
        <source>正在识别扫描页文字……</source>
        <translation>Reading scanned pages by OCR…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="419"/>
        <source>已取消。已识别的页面已保存，再次识别时从中断处继续。</source>
        <translation>Cancelled. The pages already read are kept; reading again continues where this stopped.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="427"/>
        <source>未能识别或检索：{problem}</source>
        <translation>Could not read or search: {problem}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="430"/>
        <source>识别扫描页 {pages} 页，新提出遮盖建议 {count} 处。</source>
        <translation>{pages} scanned pages read, {count} new proposed boxes.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="436"/>
        <source>正在检查泄密……</source>
        <translation>Checking for leaks…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="441"/>
        <source>正在生成脱敏件并检查……</source>
        <translation>Producing anonymised copies and checking…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="443"/>
        <source>已取消。已生成的脱敏件已保存，再次生成时从中断处继续。</source>
        <translation>Cancelled. The copies already made are kept; making them again continues where this stopped.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="449"/>
        <source>未能生成：{problem}</source>
        <translation>Could not make: {problem}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="454"/>
        <source>{count} 份文书未能生成脱敏件，见下方列表；请更换原件后重试。</source>
        <translation>{count} documents could not be anonymised (listed below); replace the originals and try again.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="457"/>
        <source>泄密检查通过：可以生成评审包。</source>
        <translation>Leak check passed: packages can be built.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="462"/>
        <source>泄密检查发现 {count} 处敏感信息，请补充遮盖后重试。</source>
        <translation>The leak check found {count} sensitive terms; cover them and try again.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="221"/>
        <source>双击一处转到该页</source>
        <translation>Double-click a finding to go to its page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="226"/>
        <source>理由：为什么所选的这一处不能识别单位或个人（如：地方性法规的名称）</source>
        <translation>Reason: why the selected finding identifies no unit or person (e.g. the title of a local regulation)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="228"/>
        <source>标为不能识别</source>
        <translation>Rule not identifying</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="229"/>
        <source>泄密检查按规则发现的一处（文号、地名、单位名称等）经核实不能识别单位或个人时，写明理由后放行；裁定记入日志。敏感词列表中的词不能这样放行。</source>
        <translation>When a finding of the check&apos;s own rules (document number, place, organisation…) turns out to identify no unit or person, let it pass with a reason; the ruling is logged. Listed sensitive terms cannot be passed this way.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="500"/>
        <source>已记录：{rule}“{text}”不能识别单位或个人。请再次检查泄密。</source>
        <translation>Recorded: {rule} “{text}” identifies no unit or person. Run the leak check again.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/redaction_review.py" line="459"/>
        <source>泄密检查发现 {count} 处敏感信息，请补充遮盖后重试；按规则发现的一处经核实不能识别单位或个人时，选中后写明理由，标为不能识别。</source>
        <translation>The leak check found {count} sensitive items. Box them and try again; where a finding of the check&apos;s own rules identifies no unit or person, select it, give the reason and rule it not identifying.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="43"/>
        <source>名单：参评单位和评审人员</source>
        <translation>Roster: units and reviewers</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="46"/>
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="46"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="46"/>
        <source>上级单位</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="46"/>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="64"/>
        <source>所属地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="52"/>
        <source>如：某市（设区市与所辖县同属一个地区）</source>
        <translation>e.g. a city (a city and its counties are one region)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="53"/>
        <source>添加单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="58"/>
        <source>单位名称：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="59"/>
        <source>层级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="60"/>
        <source>上级单位：</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="61"/>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="76"/>
        <source>所属地区：</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="64"/>
        <source>姓名或评审组</source>
        <translation>Name or team</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="64"/>
        <source>评审类别</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="64"/>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="69"/>
        <source>交叉评审人员必填：不评本地区的案卷</source>
        <translation>Required for cross reviewers: they never score files of their own region</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="70"/>
        <source>评审组的成员，用顿号分隔；个人不填</source>
        <translation>A team&apos;s members, separated by 、; empty for a person</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="71"/>
        <source>添加评审人员</source>
        <translation>Add reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="74"/>
        <source>姓名或评审组：</source>
        <translation>Name or team:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="75"/>
        <source>评审类别：</source>
        <translation>Track:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="77"/>
        <source>成员：</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="81"/>
        <source>参评单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="81"/>
        <source>评审人员</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="88"/>
        <source>从表格导入…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="90"/>
        <source>下载名单模板…</source>
        <translation>Download roster template…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="92"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="140"/>
        <source>未添加：{problem}</source>
        <translation>Not added: {problem}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="144"/>
        <source>已添加“{name}”。</source>
        <translation>Added “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="150"/>
        <source>选择名单</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="150"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="161"/>
        <source>未导入任何一行：{error}</source>
        <translation>No row imported: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="163"/>
        <source>已从 {file} 导入 {units} 个单位、{reviewers} 名评审人员。</source>
        <translation>Imported {units} units and {reviewers} reviewers from {file}.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="170"/>
        <source>保存名单模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/roster_dialog.py" line="170"/>
        <source>表格 (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RoundRubricDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="428"/>
        <source>评分细则</source>
        <translation>Scoring rubric</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="443"/>
        <source>{reason}：评分细则只能查看，不能再修改。</source>
        <translation>{reason}: the rubric can be viewed but no longer changed.</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="86"/>
        <source>案卷</source>
        <translation>Case files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="87"/>
        <source>参评单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="98"/>
        <source>案卷登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="99"/>
        <source>报送要求</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="100"/>
        <source>回避声明</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="101"/>
        <source>评分进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="102"/>
        <source>否决裁定</source>
        <translation>Veto rulings</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="103"/>
        <source>造假报告</source>
        <translation>Falsification</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="104"/>
        <source>复核</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="105"/>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="106"/>
        <source>先进集体评选</source>
        <translation>Collective awards</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="107"/>
        <source>先进个人评选</source>
        <translation>Individual awards</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="129"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="132"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="135"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="136"/>
        <source>新建评查活动(&amp;N)…</source>
        <translation>&amp;New review round…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="140"/>
        <source>导入评分回传文件(&amp;I)…</source>
        <translation>&amp;Import return files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="144"/>
        <source>导出评分表和报告（PDF）…</source>
        <translation>Export sheets and reports (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="144"/>
        <source>导出评分表和报告（Word）…</source>
        <translation>Export sheets and reports (Word)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="148"/>
        <source>导出评查结果报告(&amp;R)…</source>
        <translation>Export &amp;round report…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="150"/>
        <source>一份报告：评查概况、计分规则、单位排名、各案卷得分、典型问题、评审尺度</source>
        <translation>One report: the round at a glance, scoring rules, unit rankings, case-file scores, typical problems, reviewer leniency</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="154"/>
        <source>导出 Excel(&amp;E)…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="156"/>
        <source>单位得分与排名、案卷得分、评分明细、扣分统计、评审进度、先进集体和先进个人评选，一个工作簿</source>
        <translation>Unit scores and ranks, case scores, scoring detail, deduction statistics, progress, the collective and individual awards: one workbook</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="160"/>
        <source>发布最终结果(&amp;P)…</source>
        <translation>&amp;Publish final results…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="161"/>
        <source>记录发布单位和日期；此后导出的报告载明二者</source>
        <translation>Record the issuing body and date; reports exported afterwards name both</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="166"/>
        <source>名单：参评单位和评审人员(&amp;L)…</source>
        <translation>Roster: units and reviewers (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="169"/>
        <source>评分细则(&amp;B)…</source>
        <translation>Scoring ru&amp;bric…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="172"/>
        <source>敏感词列表(&amp;T)…</source>
        <translation>Sensitive &amp;terms…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="175"/>
        <source>脱敏审核(&amp;A)…</source>
        <translation>&amp;Anonymise (redaction review)…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="178"/>
        <source>预审：读取文书提示问题(&amp;K)…</source>
        <translation>Pre-chec&amp;k the case files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="179"/>
        <source>按规则库读取各案卷文书，提示日期、期限、金额、当事人、条款等问题，随评审包发给评审人员核实</source>
        <translation>Read every case file's documents against the rule base and raise leads on dates, time limits, amounts, parties and articles; they go to the reviewers in their packages to verify</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="183"/>
        <source>随机抽取案卷(&amp;S)…</source>
        <translation>Random &amp;sample of case files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="184"/>
        <source>按记录在案的随机种子抽取案卷，可设为只评抽中的案卷</source>
        <translation>Draw case files at random from a recorded seed; the round may review only those drawn</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="189"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="196"/>
        <source>评审工作台(&amp;W)</source>
        <translation>Reviewer &amp;workbench</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="213"/>
        <source>（只读：可查看和导出，不能修改）</source>
        <translation> (read-only: view and export, no changes)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="234"/>
        <source>评查活动：{name}&#x3000;&#x3000;案卷 {total} 件，已出分 {scored} 件&#x3000;&#x3000;计分规则：{rule}</source>
        <translation>Round: {name}    {total} case files, {scored} scored    Rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="237"/>
        <source>&#x3000;&#x3000;已于 {date} 由{issuer}发布，结果不再更改</source>
        <translation>    Published by {issuer} on {date}: results no longer change</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="254"/>
        <source>已发布最终结果：{issuer}</source>
        <translation>Final results published: {issuer}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="256"/>
        <source>已撤销发布：结果可以再更改，改好后请重新发布</source>
        <translation>Publication withdrawn: the results can change again; publish them again when done</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="277"/>
        <source>选择导出到的文件夹</source>
        <translation>Choose the folder to export to</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="282"/>
        <source>正在导出评分表和报告……</source>
        <translation>Exporting sheets and reports…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="285"/>
        <source>导出评分表和报告</source>
        <translation>Export score sheets and reports</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="285"/>
        <source>部分文件未能导出：{error}</source>
        <translation>Some files could not be exported: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="288"/>
        <source>已导出 {count} 个文件到 {folder}</source>
        <translation>Exported {count} files to {folder}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="298"/>
        <source>导出评查结果报告</source>
        <translation>Export round report</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="299"/>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF file (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="306"/>
        <source>正在生成评查结果报告……</source>
        <translation>Writing the round report…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="308"/>
        <source>已导出评查结果报告：
{path}</source>
        <translation>Round report exported:
{path}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="317"/>
        <source>导出 Excel 工作簿</source>
        <translation>Export Excel workbook</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="318"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="323"/>
        <source>正在导出 Excel 工作簿……</source>
        <translation>Exporting the Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="326"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="329"/>
        <source>已导出 Excel 工作簿：
{path}</source>
        <translation>Excel workbook exported:
{path}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="363"/>
        <source>正在预审案卷……</source>
        <translation>Pre-checking the case files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="365"/>
        <source>预审已取消；已读取的案卷已保存，再次预审时从中断处继续。</source>
        <translation>Pre-check cancelled; the files read so far are kept, and the next run continues from there.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="367"/>
        <source>预审完成：读取 {checked} 件案卷（{unchanged} 件未变），提示 {leads} 条。导出“预审提示汇总”可查看全部提示。</source>
        <translation>Pre-check done: {checked} case files read ({unchanged} unchanged), {leads} leads. Export the pre-check summary to see them all.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="370"/>
        <source>无法读取：{files}</source>
        <translation>Could not read: {files}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="407"/>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="409"/>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="420"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="407"/>
        <source>还没有备份。</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="409"/>
        <source>选择要恢复的备份（最新在前）：</source>
        <translation>Choose the backup to restore (newest first):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="429"/>
        <source>已从 {backup} 恢复；恢复前的状态另存为 {safety}</source>
        <translation>Restored from {backup}; the state before was saved as {safety}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="450"/>
        <source>评审工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/round_window.py" line="451"/>
        <source>此评审人员的案卷中有 {count} 份文书尚未生成脱敏件。评审工作台只显示脱敏件，请先在“文件 › 脱敏审核”中生成脱敏件。</source>
        <translation>{count} documents of this reviewer&apos;s case files have no anonymised copy yet. The workbench shows anonymised copies only: make them first under File › Redaction review.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="61"/>
        <source>评查项目</source>
        <translation>Review item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="61"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="61"/>
        <source>所涉文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="69"/>
        <source>添加环节</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="70"/>
        <source>添加评查项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="71"/>
        <source>添加扣分情形</source>
        <translation>Add deduction</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="72"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="73"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="74"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="75"/>
        <source>Ctrl+↑</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="76"/>
        <source>Ctrl+↓</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="92"/>
        <source>选择左侧的否决项、环节、评查项或扣分情形进行编辑。</source>
        <translation>Choose a veto item, stage, item or deduction on the left to edit it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="94"/>
        <source>环节名称：</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="98"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="102"/>
        <source>评查内容：</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="102"/>
        <source>满分：</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="103"/>
        <source>所涉文书：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="103"/>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="111"/>
        <source>适用案卷类型：</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="106"/>
        <source>扣分情形：</source>
        <translation>Deduction:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="106"/>
        <source>扣分：</source>
        <translation>Points off:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="107"/>
        <source>实体评查项目不计分：任一项不通过，案卷按本次评查的否决项规则处理。选中本组后点“添加评查项”可增加否决项。</source>
        <translation>Substantive items carry no points: failing any one of them fails the file under the round&apos;s veto policy. Select this group and press “Add item” to add one.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="111"/>
        <source>否决项内容：</source>
        <translation>Veto item:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="125"/>
        <source>各类案卷分值合计：</source>
        <translation>Totals by case type:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="189"/>
        <source>评分细则</source>
        <translation>Scoring rubric</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="226"/>
        <source>实体评查（一票否决）</source>
        <translation>Substantive review (veto)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="230"/>
        <source>否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="271"/>
        <source>新环节</source>
        <translation>New stage</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="282"/>
        <source>新否决项</source>
        <translation>New veto item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="293"/>
        <source>新评查项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="307"/>
        <source>新扣分情形</source>
        <translation>New deduction</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="408"/>
        <source>各类案卷分值合计均为 {max} 分。</source>
        <translation>Every case type totals {max} points.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/rubric_editor.py" line="415"/>
        <source>还没有评查项</source>
        <translation>No items yet</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="89"/>
        <source>评分细则</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="90"/>
        <source>可增删、修改和调整评查项及扣分情形；每类案卷的分值合计须等于满分。</source>
        <translation>Add, edit, delete and reorder items and deductions; each case type must total the maximum.</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="33"/>
        <source>随机抽取案卷</source>
        <translation>Random sample of case files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="35"/>
        <source>从已登记的全部案卷中随机抽取。同一随机种子抽出的案卷相同，种子、件数和抽取人记录在案，可供复核。</source>
        <translation>Draws from every registered case file. The same seed always draws the same files; the seed, the size and who drew it are recorded, so the draw can be checked.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="46"/>
        <source>随机种子(&amp;S)：</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="49"/>
        <source> 件（共 {total} 件）</source>
        <translation> files (of {total})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="50"/>
        <source>抽取件数(&amp;N)：</source>
        <translation>&amp;Number of files:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="54"/>
        <source>分层(&amp;L)：</source>
        <translation>Strata (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="56"/>
        <source>抽取人(&amp;B)：</source>
        <translation>Drawn &amp;by:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="58"/>
        <source>抽取(&amp;D)</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="64"/>
        <source>只评抽中的案卷（自动分配和结果只计这些案卷）(&amp;O)</source>
        <translation>Review the sample &amp;only (assignment and results take only these files)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="71"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="86"/>
        <source>已抽取 {n} 件，已记录</source>
        <translation>{n} files drawn and recorded</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="98"/>
        <source>已设为只评抽中的案卷</source>
        <translation>The round now reviews the sample only</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/sample_dialog.py" line="98"/>
        <source>已设为评全部登记的案卷</source>
        <translation>The round now reviews every registered file</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="492"/>
        <source>{document} 第{page}页</source>
        <translation>{document} p. {page}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="502"/>
        <source>一、实体评查（一票否决）</source>
        <translation>1. Substantive review (veto)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="587"/>
        <source>小计 {points} / {maximum}</source>
        <translation>Subtotal {points} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="595"/>
        <source>合计 未评分 / {maximum}</source>
        <translation>Total not scored / {maximum}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="591"/>
        <source>合计 {points} / {maximum}</source>
        <translation>Total {points} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="593"/>
        <source>（尚有 {count} 项未评）</source>
        <translation> ({count} items not yet scored)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="597"/>
        <source>（适用项满分 {applicable}，得 {earned}，折算为百分制）</source>
        <translation> (applicable items worth {applicable}, earned {earned}, rescaled to 100)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="600"/>
        <source>（实体评查不通过，本表计 {score} 分）</source>
        <translation> (veto failed: this sheet scores {score})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="659"/>
        <source>本文书（{title}）的评查项目</source>
        <translation>Items for this document ({title})</translation>
    </message>
</context>
<context>
    <name>SensitiveTermsDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="31"/>
        <source>参评单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="32"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="33"/>
        <source>评审人员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="34"/>
        <source>手工添加</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="41"/>
        <source>敏感词列表</source>
        <translation>Sensitive terms</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="49"/>
        <source>输入敏感词，按回车添加（如企业名称、人名、村名）</source>
        <translation>Type a term and press Enter (a company, a person, a village)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="51"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="53"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="55"/>
        <source>重新检索文书</source>
        <translation>Search documents again</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="56"/>
        <source>按当前列表检索全部文书，提出新的遮盖建议；已作出的决定保留</source>
        <translation>Search every document for the current list and propose new boxes; decisions already made are kept</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="58"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="72"/>
        <source>参评单位和地区名称始终检索（灰色，不能删除）；简称（如去掉“市”“县”）自动一并检索。</source>
        <translation>Unit and region names are always searched for (grey, cannot be removed); short forms (without 市/县) are searched for too.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="106"/>
        <source>敏感词至少两个字。</source>
        <translation>A term needs at least two characters.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="111"/>
        <source>已添加“{term}”。重新检索文书后生效。</source>
        <translation>Added “{term}”. Search the documents again to apply it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="112"/>
        <source>“{term}”已在列表中。</source>
        <translation>“{term}” is already listed.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="127"/>
        <source>已删除：{terms}。已接受的遮盖框保留，请在审核页面逐一确认。</source>
        <translation>Removed: {terms}. Boxes already accepted stay; check them in the redaction review.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="132"/>
        <source>正在检索全部文书……</source>
        <translation>Searching every document…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="138"/>
        <source>已取消。已检索的文书的建议已保存。</source>
        <translation>Cancelled. The proposals for the documents already searched are kept.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="140"/>
        <source>检索完成：新提出遮盖建议 {count} 处，新增待人工查看 {pages} 页。</source>
        <translation>Search done: {count} new proposed boxes, {pages} more pages to look at.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="143"/>
        <source>
以下文书无法检索，请更换原件：{problems}</source>
        <translation>
These documents could not be searched; replace the originals: {problems}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/terms_dialog.py" line="136"/>
        <source>正在按敏感词检索文书……</source>
        <translation>Searching the documents for the terms…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="183"/>
        <source>新建评查活动</source>
        <translation>New review round</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="211"/>
        <source>保存评查活动数据库</source>
        <translation>Save the round database</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="211"/>
        <source>数据库 (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="29"/>
        <source>签署评分表</source>
        <translation>Sign the score sheet</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="40"/>
        <source>请 {name} 在下框内手写签名：</source>
        <translation>{name}, please sign in the box below:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="45"/>
        <source>重写</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="47"/>
        <source>载入签名图片…</source>
        <translation>Load signature image…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="59"/>
        <source>本机密钥口令：</source>
        <translation>Key passphrase:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="65"/>
        <source>再次输入口令：</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="66"/>
        <source>本机尚无签名密钥，将用此口令新建；请牢记口令。</source>
        <translation>This computer has no signing key yet; one will be created with this passphrase. Remember it.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="74"/>
        <source>确认签名</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="81"/>
        <source>选择签名图片</source>
        <translation>Choose a signature image</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="81"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/sign_dialog.py" line="83"/>
        <source>无法读取图片：{path}</source>
        <translation>Cannot read the image: {path}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="120"/>
        <source>名单和案卷</source>
        <translation>Roster and case files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="121"/>
        <source>参评单位和评审人员名单（.xlsx，含两个工作表）</source>
        <translation>Units and reviewers (.xlsx with both sheets)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="122"/>
        <source>案卷文件夹：单位/案卷/文书</source>
        <translation>Case folder: unit/case file/documents</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="123"/>
        <source>选择名单…</source>
        <translation>Choose roster…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="125"/>
        <source>下载名单模板…</source>
        <translation>Save roster template…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="127"/>
        <source>选择案卷文件夹…</source>
        <translation>Choose case folder…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="133"/>
        <source>名单：</source>
        <translation>Roster:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="134"/>
        <source>案卷：</source>
        <translation>Case files:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="145"/>
        <source>选择名单</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="145"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="150"/>
        <source>保存名单模板</source>
        <translation>Save the roster template</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="150"/>
        <source>表格 (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="155"/>
        <source>选择案卷文件夹</source>
        <translation>Choose the case folder</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="169"/>
        <source>以下文书无法使用，请更换后再检查：</source>
        <translation>These documents cannot be used; replace them and check again:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/setup_wizard.py" line="172"/>
        <source>检查通过：{cases} 件案卷，{documents} 份文书。</source>
        <translation>Checked: {cases} case files, {documents} documents.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="34"/>
        <location filename="../../reviewer_app/gui/start_window.py" line="38"/>
        <source>环境执法案卷评查</source>
        <translation>Case-file review for environmental enforcement</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="43"/>
        <source>离线评分 · 签名回传 · 汇总排名</source>
        <translation>Score offline · sign and return · consolidate and rank</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="44"/>
        <source>打开评审包…</source>
        <translation>Open a review package…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="44"/>
        <source>评审人员：打开秘书处发来的评审包（.rvwpkg）开始评分</source>
        <translation>Reviewers: open the package the secretariat sent you (.rvwpkg) and start scoring</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="45"/>
        <source>打开评查活动…</source>
        <translation>Open a round…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="45"/>
        <source>秘书处：打开评查活动的数据库（.db）</source>
        <translation>Secretariat: open a round&apos;s database (.db)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="46"/>
        <source>新建评查活动…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="46"/>
        <source>秘书处：登记单位和评审人员、导入案卷、设定评分规则</source>
        <translation>Secretariat: register units and reviewers, take in case files, set the scoring rules</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="47"/>
        <source>打开演示评查活动</source>
        <translation>Open the demo round</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="47"/>
        <source>看看程序怎么用：22 件示例案卷、5 名评审人员</source>
        <translation>See how it works: 22 sample case files, 5 reviewers</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="58"/>
        <source>清除列表</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="70"/>
        <source>最近打开（双击或回车打开）</source>
        <translation>Recently opened (double-click or Enter to open)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="83"/>
        <source>也可以把评审包（.rvwpkg）或评查活动数据库（.db）拖到这个窗口。</source>
        <translation>You can also drag a review package (.rvwpkg) or a round database (.db) onto this window.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="102"/>
        <source>评审包</source>
        <translation>Review package</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="102"/>
        <source>评查活动</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="107"/>
        <source>文件已不在原处</source>
        <translation>The file is no longer where it was</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="115"/>
        <source>“{path}”已不在原处（被移动或删除）。</source>
        <translation>“{path}” is no longer where it was (moved or deleted).</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="131"/>
        <source>打开评审包</source>
        <translation>Open a review package</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="131"/>
        <source>评审包 (*.rvwpkg);;所有文件 (*)</source>
        <translation>Review packages (*.rvwpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="142"/>
        <source>打开评查活动</source>
        <translation>Open a round</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="142"/>
        <source>评查活动数据库 (*.db);;所有文件 (*)</source>
        <translation>Round databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="155"/>
        <source>“{name}”既不是评审包（.rvwpkg）也不是评查活动数据库（.db）。</source>
        <translation>“{name}” is neither a review package (.rvwpkg) nor a round database (.db).</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="48"/>
        <source>信任秘书处…</source>
        <translation>Trust a secretariat…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/start_window.py" line="49"/>
        <source>评审人员：导入秘书处公钥并核对会议材料上的指纹；只有确认过的秘书处发来的评审包才能打开</source>
        <translation>Reviewers: import the secretariat&apos;s public key and check the fingerprint printed in the meeting papers; only packages from a confirmed secretariat can be opened</translation>
    </message>
</context>
<context>
    <name>TrustSecretariatDialog</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="28"/>
        <source>信任秘书处</source>
        <translation>Trust a secretariat</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="31"/>
        <source>只有您确认过的秘书处发来的评审包才能打开，评分也只回传给它。请选择秘书处发给您的公钥文件，再把会议材料上印的指纹逐字输入下面的框里（空格和大小写不要紧）。指纹对不上时，请不要信任，并联系秘书处。</source>
        <translation>Only packages from a secretariat you have confirmed can be opened, and scores are returned only to it. Choose the public key file the secretariat gave you, then type the fingerprint printed in the meeting papers below (spaces and case do not matter). If it does not match, do not trust it and contact the secretariat.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="34"/>
        <source>选择公钥文件…</source>
        <translation>Choose key file…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="36"/>
        <source>尚未选择</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="39"/>
        <source>书面指纹，例如 1A2B 3C4D …（共 64 位）</source>
        <translation>Printed fingerprint, e.g. 1A2B 3C4D … (64 characters)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="41"/>
        <source>核对无误，信任</source>
        <translation>It matches: trust</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="44"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="57"/>
        <source>会议材料上的指纹：</source>
        <translation>Fingerprint in the meeting papers:</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="64"/>
        <source>选择秘书处公钥文件</source>
        <translation>Choose the secretariat&apos;s public key file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="64"/>
        <source>公钥文件 (*.json);;所有文件 (*)</source>
        <translation>Public key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="77"/>
        <source>{name}（{file}）</source>
        <translation>{name} ({file})</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/trust_dialog.py" line="93"/>
        <source>已信任秘书处“{name}”（指纹 {fingerprint}）。现在可以打开它发来的评审包。</source>
        <translation>Trusted secretariat “{name}” (fingerprint {fingerprint}). Its packages can now be opened.</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="31"/>
        <source>缺报案卷…</source>
        <translation>Missing files…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="31"/>
        <source>所选单位报送的案卷少于应报件数（县级 7 件、市本级 8 件）：缺报的按 0 分计入，或准予缺报</source>
        <translation>The selected unit submitted fewer files than required (7 for a county, 8 for a city&apos;s own): count the missing ones as 0, or excuse them</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="33"/>
        <source>计入市级的县…</source>
        <translation>Counties counted for the city…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="33"/>
        <source>所选设区市的得分计入哪两个县级单位的案卷（所辖多于两个时须指定）</source>
        <translation>Which two counties&apos; files count toward the selected city&apos;s score (required when it has more than two)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="34"/>
        <source>行政复议纠正…</source>
        <translation>Corrected on reconsideration…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="34"/>
        <source>所选单位的行政处罚被行政复议纠正：填写决定文号和日期，评查期间内的使其案卷质量指标为 0；清空文号则撤销</source>
        <translation>A penalty of the selected unit was corrected on administrative reconsideration: enter the decision&apos;s number and date; one within the review period sets its case-file-quality indicator to 0; clear the number to withdraw</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="36"/>
        <source>设置并列顺序…</source>
        <translation>Set tie order…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="36"/>
        <source>案卷质量指标相同的单位默认并列；在此给所选单位排定先后（1 在前，0 取消）</source>
        <translation>Units with equal case-file-quality indicators tie by default; order the selected unit here (1 first, 0 clears)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="50"/>
        <source>请先选择一个参评单位</source>
        <translation>Please select a participating unit first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="63"/>
        <source>行政复议纠正</source>
        <translation>Corrected on reconsideration</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="74"/>
        <source>{unit} 报送 {n} 件，不缺报</source>
        <translation>{unit} submitted {n} files; none missing</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="77"/>
        <source>缺报案卷</source>
        <translation>Missing files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="88"/>
        <source>请选择一个有所辖县级单位的设区市</source>
        <translation>Please select a city that has counties</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="91"/>
        <source>计入市级的县</source>
        <translation>Counties counted for the city</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="100"/>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="104"/>
        <source>并列顺序</source>
        <translation>Tie order</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/units_tab.py" line="100"/>
        <source>{unit} 在并列单位中的顺序（1 在前，0 取消）：</source>
        <translation>{unit}&apos;s place among tied units (1 first, 0 clears):</translation>
    </message>
</context>
<context>
    <name>VetoRulingTab</name>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="246"/>
        <source>案卷编号</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="246"/>
        <source>认定不通过的评审人员和否决项</source>
        <translation>Reviewers who failed a veto item, and the item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="246"/>
        <source>裁定</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="247"/>
        <source>否决成立…</source>
        <translation>Veto stands…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="248"/>
        <source>案卷不合格：按本轮规则计 0 分或保留得分标注不合格</source>
        <translation>The file fails: 0 points or its points marked as failing, by the round&apos;s rule</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="250"/>
        <source>否决不予支持…</source>
        <translation>Veto not upheld…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="251"/>
        <source>各评分表保留其得分</source>
        <translation>Every sheet keeps its points</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="259"/>
        <source>有评审人员认定实体评查（否决项）不通过的案卷，须由评审组裁定；裁定前结果为初步结果。</source>
        <translation>Case files where a reviewer failed a substantive (veto) item need the panel&apos;s ruling; until then their results are provisional.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="273"/>
        <source>请先选择一件案卷</source>
        <translation>Select a case file first</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="276"/>
        <source>否决成立</source>
        <translation>Veto stands</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="276"/>
        <source>否决不予支持</source>
        <translation>Veto not upheld</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="277"/>
        <source>案卷 {code}：请填写裁定理由</source>
        <translation>Case file {code}: the reason for the ruling</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/console_tabs.py" line="280"/>
        <source>已记录 {code} 的裁定</source>
        <translation>Ruling on {code} recorded</translation>
    </message>
</context>
<context>
    <name>VetoWidget</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="207"/>
        <source>通过</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="208"/>
        <source>不通过</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>WorkbenchWindow</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="115"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="119"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="128"/>
        <source>评审人员：{name}</source>
        <translation>Reviewer: {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="140"/>
        <source>评分 {item}</source>
        <translation>Score {item}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="142"/>
        <source>实体评查 {item}</source>
        <translation>Veto {item}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="143"/>
        <source>造假情况</source>
        <translation>Falsification</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="144"/>
        <source>报送要求</source>
        <translation>Submission rules</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="145"/>
        <source>评审意见</source>
        <translation>Overall opinion</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="150"/>
        <source>签名 (Ctrl+Shift+S)</source>
        <translation>Sign (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="152"/>
        <source>修订</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="171"/>
        <source>评审工作台 — {round}</source>
        <translation>Reviewer workbench — {round}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="189"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="190"/>
        <source>打开评审包(&amp;O)…</source>
        <translation>&amp;Open review package…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="191"/>
        <source>导出评分回传文件(&amp;E)…</source>
        <translation>&amp;Export return file…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="194"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="195"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="196"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="197"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="200"/>
        <source>浏览(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="201"/>
        <source>下一评查项</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="202"/>
        <source>上一评查项</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="203"/>
        <source>本项无扣分</source>
        <translation>No deduction for this item</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="205"/>
        <source>下一份文书</source>
        <translation>Next document</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="206"/>
        <source>上一份文书</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="207"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="208"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="210"/>
        <source>下一件案卷</source>
        <translation>Next case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="211"/>
        <source>上一件案卷</source>
        <translation>Previous case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="212"/>
        <source>评分表(&amp;S)</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="213"/>
        <source>签名…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="214"/>
        <source>修订…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="221"/>
        <source>撤销 {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="222"/>
        <source>重做 {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="234"/>
        <source>已签名 {signed} / {total} 件</source>
        <translation>Signed {signed} of {total}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="280"/>
        <source>预审提示：{answer}</source>
        <translation>Pre-check lead: {answer}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="281"/>
        <source>已核实</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="281"/>
        <source>不成立</source>
        <translation>Not so</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="281"/>
        <source>待核实</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="288"/>
        <source>第 {revision} 版</source>
        <translation>Revision {revision}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="289"/>
        <source>，已签名（只读）</source>
        <translation>, signed (read-only)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="289"/>
        <source>，草稿：每项修改即时保存</source>
        <translation>, draft: every change is saved at once</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="365"/>
        <source>
…共 {count} 处</source>
        <translation>
… {count} in all</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="366"/>
        <source>评分表尚未完成</source>
        <translation>The score sheet is not complete</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="366"/>
        <source>以下内容需要先完成，才能签名：
</source>
        <translation>Complete these before signing:
</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="373"/>
        <source>案卷 {code}（{type}），第 {revision} 版
本表得分：{score}；实体评查：{veto}；造假情况：{fals}</source>
        <translation>Case file {code} ({type}), revision {revision}
Score: {score}; substantive review: {veto}; falsification: {fals}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="376"/>
        <source>不通过</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="376"/>
        <source>通过</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="380"/>
        <source>
报送要求：{concern}（提请秘书处认定）</source>
        <translation>
Submission rules: {concern} (for the secretariat to decide)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="405"/>
        <source>已签名。签名密钥指纹：{fp}</source>
        <translation>Signed. Key fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="428"/>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="435"/>
        <source>修订评分表</source>
        <translation>Revise the score sheet</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="429"/>
        <source>请填写修订原因（将记入修订记录）：</source>
        <translation>Reason for the revision (kept in the record):</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="435"/>
        <source>修订原因不能为空。</source>
        <translation>The reason cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="443"/>
        <source>打开评审包</source>
        <translation>Open review package</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="443"/>
        <source>评审包 (*.rvwpkg);;所有文件 (*)</source>
        <translation>Review packages (*.rvwpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="484"/>
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="486"/>
        <source>有 {count} 件案卷尚未签名，不会包含在回传文件中：
{codes}

只导出已签名的评分表吗？</source>
        <translation>{count} case files are not signed and will not be in the return file:
{codes}

Export the signed score sheets only?</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="488"/>
        <source>只导出已签名的</source>
        <translation>Export the signed ones only</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="489"/>
        <source>返回继续评分</source>
        <translation>Back to scoring</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="537"/>
        <source>请输入本机密钥口令以解开评审包</source>
        <translation>Enter this computer&apos;s key passphrase to open the package</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="545"/>
        <source>正在校验并载入评审包……</source>
        <translation>Verifying and loading the package…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="460"/>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="485"/>
        <source>导出评分回传文件</source>
        <translation>Export return file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="461"/>
        <source>回传文件 (*.rvwret)</source>
        <translation>Return files (*.rvwret)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="469"/>
        <source>请输入本机密钥口令以签署回传文件</source>
        <translation>Enter this computer&apos;s key passphrase to sign the return file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="479"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="479"/>
        <source>回传文件已写入并校验：
{path}</source>
        <translation>The return file was written and verified:
{path}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="496"/>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="192"/>
        <source>信任秘书处(&amp;T)…</source>
        <translation>&amp;Trust a secretariat…</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/workbench_window.py" line="549"/>
        <source>

确认秘书处：开始页的“信任秘书处…”，或工作台菜单“文件 › 信任秘书处…”。</source>
        <translation>

To confirm a secretariat: “Trust a secretariat…” on the start page, or File › Trust a secretariat… in the workbench.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../reviewer_app/gui/operations.py" line="57"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../reviewer_app/gui/error_handler.py" line="27"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/error_handler.py" line="30"/>
        <source>程序遇到意外错误：{error}

已保存的评分不会丢失。请把日志文件交给技术人员：
{log}</source>
        <translation>The application met an unexpected error: {error}

Saved scores are not lost. Please give the log file to technical staff:
{log}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/error_handler.py" line="29"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="278"/>
        <source>案卷造假情况</source>
        <translation>Falsification of the case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="346"/>
        <source>报送要求（提请秘书处认定，不扣分）</source>
        <translation>Submission rules (for the secretariat to decide; no points deducted)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="351"/>
        <source>现场监察笔录非移动执法平台生成</source>
        <translation>On-site record not made on the mobile enforcement platform</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="352"/>
        <source>填入此情况，并引用当前页</source>
        <translation>Fill in this concern and cite the current page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="357"/>
        <source>如认为本案卷不符合报送要求（笔录非移动执法平台生成、文书不在报送期间等），写明情况</source>
        <translation>If this file may not meet the submission rules (record not made on the mobile platform, document outside the period…), describe it</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="363"/>
        <source>引用当前页</source>
        <translation>Cite current page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="363"/>
        <source>删除所选页</source>
        <translation>Remove selected page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/workbench/scoring_panel.py" line="403"/>
        <source>评审意见</source>
        <translation>Overall opinion</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../reviewer_app/gui/workbench/passphrase.py" line="14"/>
        <source>密钥口令</source>
        <translation>Key passphrase</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="94"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="99"/>
        <source>案卷编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="100"/>
        <source>案卷类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="101"/>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="121"/>
        <source>参评单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="102"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="103"/>
        <source>交叉评审</source>
        <translation>Cross review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="104"/>
        <source>案卷得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="105"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="106"/>
        <source>造假</source>
        <translation>Falsified</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="107"/>
        <source>不符合报送要求</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="108"/>
        <source>计分规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="109"/>
        <source>说明</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="122"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="123"/>
        <source>案卷数</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="124"/>
        <source>案卷平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="125"/>
        <source>案卷质量指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="126"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="127"/>
        <source>并列顺序</source>
        <translation>Tie order</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="129"/>
        <source>平均分按件数</source>
        <translation>Mean over (files)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="130"/>
        <source>指标为零原因</source>
        <translation>Why zero</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="131"/>
        <source>待决事项</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/console/results_models.py" line="132"/>
        <source>提示</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="17"/>
        <source>设置(&amp;T)</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="18"/>
        <location filename="../../reviewer_app/gui/menus.py" line="30"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="31"/>
        <source>界面语言已更改，重新打开程序后生效。</source>
        <translation>The interface language changes the next time the application opens.</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="40"/>
        <source>尚未建立</source>
        <translation>not created yet</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="42"/>
        <source>密钥文件无法读取</source>
        <translation>the key file cannot be read</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="43"/>
        <source>环境执法案卷评查 {version}

离线评审、签名评分表、文件交换与汇总。
本机密钥指纹：{key}
日志：{log}</source>
        <translation>Case-file review {version}

Offline review, signed score sheets, file exchange and consolidation.
This computer&apos;s key fingerprint: {key}
Log: {log}</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="48"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="49"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/menus.py" line="50"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="13"/>
        <source>行政处罚</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="14"/>
        <source>按日连续处罚</source>
        <translation>Daily continuous penalty</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="15"/>
        <source>移送行政拘留</source>
        <translation>Transfer for detention</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="16"/>
        <source>涉嫌环境污染犯罪移送</source>
        <translation>Suspected crime transfer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="17"/>
        <source>申请法院强制执行</source>
        <translation>Court enforcement</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="18"/>
        <source>现场监督检查稽查</source>
        <translation>On-site inspection audit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="20"/>
        <source>立案审批表</source>
        <translation>Case filing approval</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="21"/>
        <source>调查询问笔录</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="22"/>
        <source>现场检查（勘察）笔录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="23"/>
        <source>证据先行登记保存通知书</source>
        <translation>Evidence preservation notice</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="24"/>
        <source>查封（扣押）决定书</source>
        <translation>Seizure decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="25"/>
        <source>责令改正违法行为决定书</source>
        <translation>Order to correct</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="26"/>
        <source>复查笔录</source>
        <translation>Re-inspection record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="27"/>
        <source>行政处罚事先（听证）告知书</source>
        <translation>Prior notice of penalty</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="28"/>
        <source>听证通知书</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="29"/>
        <source>听证笔录</source>
        <translation>Hearing record</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="30"/>
        <source>行政处罚决定书</source>
        <translation>Penalty decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="31"/>
        <source>按日连续处罚决定书</source>
        <translation>Daily penalty decision</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="32"/>
        <source>送达回证</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="33"/>
        <source>履行行政处罚决定催告书</source>
        <translation>Enforcement reminder</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="34"/>
        <source>强制执行申请书</source>
        <translation>Enforcement application</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="35"/>
        <source>法院受理通知书或裁定书</source>
        <translation>Court acceptance notice or ruling</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="36"/>
        <source>案件移送函</source>
        <translation>Transfer letter</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="37"/>
        <source>移送证据材料清单</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="38"/>
        <source>移送案件接收回执</source>
        <translation>Police receipt of the transfer</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="39"/>
        <source>稽查报告</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="40"/>
        <source>稽查意见书</source>
        <translation>Audit opinion</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="41"/>
        <source>整改督办通知书</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="42"/>
        <source>结案审批表</source>
        <translation>Closing approval</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="43"/>
        <source>个人事迹材料</source>
        <translation>Personal story</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="44"/>
        <source>其他材料</source>
        <translation>Other material</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="45"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="46"/>
        <source>交叉评审</source>
        <translation>Cross review</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="47"/>
        <source>设区市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="48"/>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="49"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="50"/>
        <source>疑似造假</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="51"/>
        <source>认定造假</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="52"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="53"/>
        <source>评分中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="54"/>
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="55"/>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="56"/>
        <source>未发送</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="57"/>
        <source>已发送</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="58"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="59"/>
        <source>已导入过</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="60"/>
        <source>拒绝</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="61"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="62"/>
        <source>适合页面</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="63"/>
        <source>待裁定</source>
        <translation>Awaiting ruling</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="64"/>
        <source>否决成立</source>
        <translation>Veto stands</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="65"/>
        <source>否决不予支持</source>
        <translation>Veto not upheld</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="67"/>
        <source>不分层</source>
        <translation>Not stratified</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="68"/>
        <source>按参评单位分层</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="69"/>
        <source>按案卷类型分层</source>
        <translation>By case type</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="70"/>
        <source>按单位和案卷类型分层</source>
        <translation>By unit and case type</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="73"/>
        <source>敏感词</source>
        <translation>Sensitive term</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="74"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="75"/>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="76"/>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="77"/>
        <source>固定电话</source>
        <translation>Landline</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="78"/>
        <source>车牌号</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="79"/>
        <source>印章</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="80"/>
        <source>（OCR）</source>
        <translation> (OCR)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="104"/>
        <source>扫描页，未做文字识别</source>
        <translation>Scanned page, not read by OCR</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="105"/>
        <source>扫描页，未识别出文字</source>
        <translation>Scanned page, OCR found no text</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="106"/>
        <source>扫描页，部分文字识别置信度低</source>
        <translation>Scanned page, some text read with low confidence</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="107"/>
        <source>有印章</source>
        <translation>Has a seal</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="108"/>
        <source>扫描页</source>
        <translation>Scanned page</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="109"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="111"/>
        <source>认定造假，计 0 分</source>
        <translation>Falsification confirmed: 0 points</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="112"/>
        <source>不符合报送要求，计 0 分</source>
        <translation>Not eligible for submission: 0 points</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="113"/>
        <source>实体评查不通过，待裁定</source>
        <translation>Substantive (veto) item failed: ruling pending</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="114"/>
        <source>实体评查否决成立</source>
        <translation>Veto stands</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="115"/>
        <source>否决不予支持，按各表得分</source>
        <translation>Veto not upheld: sheets keep their points</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="116"/>
        <source>经复核</source>
        <translation>Re-checked</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="117"/>
        <source>评分差距过大，待复核</source>
        <translation>Scores too far apart: re-check pending</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="119"/>
        <source>达到基准值的 50%（含）得满分，低于 50% 得 0 分</source>
        <translation>Full marks at 50 % of the baseline or more, 0 below 50 %</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="120"/>
        <source>超过基准值 150%（含）得满分，低于基准值 50% 得 0 分，其间按比例计分</source>
        <translation>Full marks from 150 % of the baseline, 0 below 50 %, in proportion between</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="121"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="122"/>
        <source>参评单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="123"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="124"/>
        <source>案卷质量</source>
        <translation>Case-file quality</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="125"/>
        <source>查处案件数量</source>
        <translation>Cases handled</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="126"/>
        <source>罚款金额</source>
        <translation>Fines</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="127"/>
        <source>重大案件数量</source>
        <translation>Major cases</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="128"/>
        <source>执法公众满意度</source>
        <translation>Public satisfaction</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="129"/>
        <source>综合得分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="130"/>
        <source>基准比例</source>
        <translation>Baseline ratio</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="131"/>
        <source>基准值（案件数/罚款元/重大案件数）</source>
        <translation>Baselines (cases / fines, yuan / major cases)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="132"/>
        <source>拟推荐</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="133"/>
        <source>否决、待决或并列说明</source>
        <translation>Veto, open questions or tie notes</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="135"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="136"/>
        <source>所在单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="137"/>
        <source>行政处罚案卷质量</source>
        <translation>Case-file quality</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="138"/>
        <source>案件调查情况</source>
        <translation>Investigation votes</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="19"/>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="139"/>
        <source>个人事迹</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="140"/>
        <source>否决或待决</source>
        <translation>Veto or open questions</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="83"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="84"/>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="85"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="86"/>
        <source>标注字段</source>
        <translation>Labelled field</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="87"/>
        <source>受文单位</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="88"/>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="89"/>
        <source>地名</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="90"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="91"/>
        <source>人名</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="92"/>
        <source>人名（分词）</source>
        <translation>Person (segmenter)</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="93"/>
        <source>声明的简称</source>
        <translation>Declared short form</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="94"/>
        <source>营业执照注册号</source>
        <translation>Business licence number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="95"/>
        <source>执法证号</source>
        <translation>Enforcement certificate number</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="96"/>
        <source>组织机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="97"/>
        <source>遮掩的证件号</source>
        <translation>Masked identifier</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="98"/>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="99"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="100"/>
        <source>同卷已识别</source>
        <translation>Found elsewhere in the case file</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="101"/>
        <source>行政区划</source>
        <translation>Administrative division</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="102"/>
        <source>姓氏加某</source>
        <translation>Surname + 某</translation>
    </message>
    <message>
        <location filename="../../reviewer_app/gui/vocabulary.py" line="103"/>
        <source>证照号码</source>
        <translation>Identifying number</translation>
    </message>
</context>
</TS>
