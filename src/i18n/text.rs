//! Every interface string, as one typed table of keys with their English and
//! Traditional Chinese text.

macro_rules! texts {
    ($($key:ident => $en:literal, $zh:literal;)*) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T {
            $(
                #[doc = $en]
                $key,
            )*
        }

        impl T {
            /// Every key, for tests.
            pub const ALL: &'static [T] = &[$(T::$key),*];

            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $(T::$key => $en),* }
            }

            /// The Traditional Chinese text.
            pub fn zh(self) -> &'static str {
                match self { $(T::$key => $zh),* }
            }
        }
    };
}

texts! {
    // Shell
    AppTitle => "Hong Kong AI Landscape", "香港人工智能概覽";
    AsOf => "as of {0}", "資料截至 {0}";
    DataFrom => "Data: {0}", "資料：{0}";
    BuiltInDataset => "built-in dataset", "內置資料集";
    Open => "Open…", "開啟…";
    OpenHint => "Open another dataset file (Ctrl+O), or drop a .ron file on the window", "開啟其他資料檔（Ctrl+O），或把 .ron 檔拖放到視窗";
    OpenDialogTitle => "Open a dataset", "開啟資料集";
    RonDataset => "RON dataset", "RON 資料集";
    NoDialogNoBus => "The system file dialog cannot be shown (no D-Bus session bus, no zenity): type the path here.", "無法顯示系統檔案對話框（沒有 D-Bus 工作階段匯流排，亦沒有 zenity）：請在此輸入路徑。";
    NoDialogNoFileChooser => "The system file dialog cannot be shown (xdg-desktop-portal has no file chooser, and there is no zenity): type the path here.", "無法顯示系統檔案對話框（xdg-desktop-portal 沒有檔案選擇器，亦沒有 zenity）：請在此輸入路徑。";
    NoDialogNoPortal => "The system file dialog cannot be shown (no xdg-desktop-portal, no zenity): type the path here.", "無法顯示系統檔案對話框（沒有 xdg-desktop-portal，亦沒有 zenity）：請在此輸入路徑。";
    PathLabel => "Path", "路徑";
    PathSuggestions => "In this folder:", "此資料夾內：";
    PathNoFileName => "Type a file name after the folder.", "請在資料夾後輸入檔案名稱。";
    PathNoSuchFile => "There is no file at this path.", "此路徑沒有檔案。";
    PathNoSuchFolder => "There is no folder at this path.", "此路徑沒有資料夾。";
    PathIsAFolder => "This is a folder: choose a file in it.", "這是資料夾：請選擇其中的檔案。";
    OpenPath => "Open", "開啟";
    SavePath => "Save", "儲存";
    Reload => "Reload", "重新載入";
    BuiltInData => "Built-in data", "內置資料";
    ShowingBuiltIn => "Showing the built-in dataset", "正在顯示內置資料集";
    Loading => "Loading {0}…", "正在載入 {0}…";
    Loaded => "Loaded {0}", "已載入 {0}";
    LinkIgnored => "Part of the link was ignored: {0}", "連結有部分內容無法使用，已略去：{0}";
    CopyViewLinkButton => "Copy link", "複製連結";
    CopyViewLink => "Copy link to this view", "複製此畫面的連結";
    CopyViewLinkHint => "Copies this page's address: whoever opens it sees this same view", "複製此網頁的地址：開啟連結的人會看到同一畫面";
    LinkCopied => "Link copied: {0}", "已複製連結：{0}";
    LoadFailedStatus => "{0} could not be loaded; still showing the last good data", "無法載入 {0}；仍顯示上一份有效資料";
    LoadFailedPanel => "{0} could not be loaded ({1} problem(s)). Still showing the last good data.", "無法載入 {0}（{1} 個問題）。仍顯示上一份有效資料。";
    Dismiss => "Dismiss", "關閉";
    Theme => "Theme", "主題";
    ThemeSystem => "Theme: system", "主題：跟隨系統";
    ThemeLight => "Theme: light", "主題：淺色";
    ThemeDark => "Theme: dark", "主題：深色";
    Language => "Language", "語言";
    Overview => "Overview", "概覽";
    Timeline => "Timeline", "時間線";
    Charts => "Charts", "圖表";
    KeyboardShortcuts => "Keyboard shortcuts", "鍵盤快捷鍵";
    KeyNextTab => "Next tab", "下一個分頁";
    KeyPreviousTab => "Previous tab", "上一個分頁";
    KeyShowTab => "Show the {0} tab", "顯示「{0}」分頁";
    KeySearch => "Search", "搜尋";
    KeyPageDown => "Scroll the tab down a page", "分頁向下捲動一頁";
    KeyPageUp => "Scroll the tab up a page", "分頁向上捲動一頁";
    KeyTop => "Scroll to the top of the tab", "捲動至分頁頂部";
    KeyBottom => "Scroll to the bottom of the tab", "捲動至分頁底部";
    KeySkipToContent => "Move between the top bar, the tabs and the tab's content", "在頂欄、分頁列及分頁內容之間移動";
    KeyColumn => "Keys", "按鍵";
    TabContent => "{0} content", "{0}內容";
    KeyAction => "Action", "動作";
    // Cards
    OverviewSummary => "{0} sectors · {1} government initiatives ({2}–{3}) · {4} sources", "{0} 個範疇 · {1} 項政府措施（{2}–{3}）· {4} 個來源";
    CardName => "{0} card: {1}", "{0} 卡片：{1}";
    CardCounts => "{0} key figures · {1} organisations · {2} initiatives", "{0} 項關鍵數字 · {1} 個機構 · {2} 項措施";
    KeyFigures => "Key figures", "關鍵數字";
    Trends => "Trends", "趨勢";
    TrendChart => "Trend chart: {0}, {1}", "趨勢圖：{0}，{1}";
    NotableOrganisations => "Notable organisations", "主要機構";
    NoneListed => "None listed in this dataset.", "此資料集未有列出。";
    Milestones => "Milestones and initiatives ({0})", "里程碑及措施（{0}）";
    SourceIs => "Source: {0}", "來源：{0}";
    SourceLabel => "Source:", "來源：";
    CopyLink => "Copy link", "複製連結";
    CopySourceLinks => "Copy source links", "複製來源連結";
    // Data-file problems
    NoteRecordWithId => "in {0} \"{1}\" (record {2})", "於 {0}「{1}」（第 {2} 項）";
    NoteRecord => "in {0} record {1}", "於 {0} 第 {1} 項";
    NoteInnerRecord => ", {0} record {1}", "，{0} 第 {1} 項";
    NoteNotOneOf => "'{0}' is not one of: {1}", "「{0}」不是以下任何一項：{1}";
    NoteAndMore => " and {0} more", " 及另外 {0} 項";
    NoteThenNotOneOf => "; '{0}' is not one of: {1}", "；「{0}」不是以下任何一項：{1}";
    DefinitionIs => "Definition: {0}", "定義：{0}";
    Founded => "{0}, founded {1}", "{0}，成立於 {1} 年";
    FigureSentence => "{0}: {1} ({2}, source: {3})", "{0}：{1}（{2}，來源：{3}）";
    NoPublishedFigure => "no published figure", "沒有公開數字";
    InitiativesOnTimeline => "Initiatives on the timeline", "時間線上的措施";
    Published => "published {0}", "發佈於 {0}";
    Accessed => "accessed {0}", "查閱於 {0}";
    // Confidence
    Verified => "verified", "已核實";
    SecondarySource => "secondary source", "第二手來源";
    Unverified => "unverified", "未核實";
    // Timeline
    Kinds => "Kinds:", "類別：";
    AllSectors => "All sectors", "所有範疇";
    SectorFilter => "Sector: {0}", "範疇：{0}";
    TimelineSectorFilter => "Timeline sector filter", "時間線範疇篩選";
    ShowAsTimeline => "Show as timeline", "以時間線顯示";
    ShowAsList => "Show as list", "以列表顯示";
    ZoomOut => "Zoom out", "縮小";
    ZoomIn => "Zoom in", "放大";
    Zoom => "Zoom", "縮放";
    InitiativesShown => "{0} initiatives shown", "顯示 {0} 項措施";
    NoInitiativeMatches => "No initiative matches these filters.", "沒有符合篩選條件的措施。";
    LaneCount => "{0} initiatives", "{0} 項措施";
    LaneName => "{0}: {1} initiatives", "{0}：{1} 項措施";
    MoreHere => "{0} more initiatives here: zoom in", "此處另有 {0} 項措施：放大";
    TimelineOf => "Timeline of {0} initiatives, {1} to {2}", "{1} 至 {2} 年的 {0} 項措施時間線";
    CloseDetails => "Close details", "關閉詳情";
    Date => "Date", "日期";
    Body => "Body", "機構";
    Kind => "Kind", "類別";
    Amount => "Amount", "金額";
    Sectors => "Sectors", "範疇";
    Confidence => "Confidence", "可信程度";
    NoAmount => "no amount published", "沒有公開金額";
    UsdAmount => "{0} (≈ {1} at {2})", "{0}（按 {2} 折算約 {1}）";
    // Initiative kinds
    KindStrategy => "Strategy", "策略";
    KindFundingScheme => "Funding scheme", "資助計劃";
    KindInfrastructure => "Infrastructure", "基建";
    KindRegulation => "Regulation & guidance", "規管及指引";
    KindResearchCentre => "Research centre", "研究中心";
    KindTalent => "Talent & education", "人才及教育";
    KindInstitution => "Institution", "機構設立";
    // Organisation kinds
    OrgGovernment => "government", "政府";
    OrgRegulator => "regulator", "監管機構";
    OrgPublicBody => "public body", "公營機構";
    OrgUniversity => "university", "大學";
    OrgResearchCentre => "research centre", "研究中心";
    OrgCompany => "company", "公司";
    OrgStartup => "startup", "初創企業";
    OrgProgramme => "programme", "計劃";
    // Charts view
    Years => "Years:", "年份：";
    From => "from", "由";
    To => "to", "至";
    AllYears => "All years", "所有年份";
    FundingAsShare => "Funding as share of the AI-specific total", "以佔人工智能專項總額百分比顯示資金";
    ShowInitiativesOnAxis => "Show initiatives on the year axis", "在年份軸上標示措施";
    ShowTable => "Show table", "顯示表格";
    ShowChart => "Show chart", "顯示圖表";
    ShowTableHint => "The same numbers as a table", "以表格顯示相同數字";
    // Charts
    ChartStartupsPerYear => "All startups in Hong Kong per year (InvestHK survey; no AI count exists)", "香港每年初創企業總數（投資推廣署調查；沒有人工智能初創企業數字）";
    ChartStartupsBySector => "All startups by InvestHK survey category, {0} (the survey has no AI category)", "按投資推廣署調查類別劃分的所有初創企業（{0} 年；調查沒有人工智能類別）";
    ChartFundingShare => "AI-specific funding by sector: share of each year's AI-specific total", "按範疇劃分的人工智能專項資金：佔每年專項資金總額的百分比";
    ChartFunding => "Disclosed AI-specific funding by sector and year", "按範疇及年份劃分的已披露人工智能專項資金";
    ChartFundingWithGeneral => "Disclosed funding by year: AI-specific money by sector, with general I&T money apart", "按年份劃分的已披露資金：人工智能專項資金（按範疇）及另列的一般創科資金";
    ChartInitiatives => "Government AI and I&T initiatives in this dataset, per year", "本資料集收錄的每年政府人工智能及創科措施";
    UnitStartups => "startups", "間初創企業";
    UnitShare => "% of the year's disclosed total", "佔該年已披露總額的百分比";
    UnitHkd => "HK$ (US$ at {0})", "港元（美元按 {0} 折算）";
    UnitInitiatives => "initiatives", "項措施";
    UnitIs => "Unit: {0}", "單位：{0}";
    DefinitionStartups => "InvestHK annual startup survey counts; 2014–2015 covered co-working spaces and incubators only. Sector counts only where published.", "投資推廣署年度初創企業調查數字；2014–2015 年只涵蓋共用工作間及培育中心。範疇數字只在有公開時列出。";
    DefinitionFunding => "AI-specific money only: sums of disclosed amounts for AI (government programmes, venture rounds, IPOs, funds), not market totals. General I&T money is left out.", "只計人工智能專項資金：已披露金額的總和（政府計劃、創投融資、上市集資、基金），並非市場總額；不包括一般創新科技資金。";
    DefinitionFundingWithGeneral => "AI-specific money by sector (colours), with partly-AI programmes (counted whole) and general I&T money stacked above in greys: shown apart, never added into one total.", "按範疇劃分的人工智能專項資金（彩色），其上以灰色另列部分涉及人工智能的計劃（全額計算）及一般創新科技資金：分開顯示，不合計為單一總額。";
    DefinitionStartupsByCategory => "Counts InvestHK's startup survey publishes under its own categories (→ the dashboard sector a category maps to). Gaps: no count published; shares and growth rates are not turned into counts. 2015–2016: co-working spaces and incubators only.", "投資推廣署初創企業調查按其類別公布的數字（→ 該類別對應的儀表板範疇）。空缺：沒有公開數字；百分比及增長率不會換算成數字。2015–2016 年只涵蓋共用工作間及培育中心。";
    DefinitionInitiatives => "Dated government initiatives in this dataset.", "此資料集中有日期的政府措施。";
    SourceLine => "Source: {0}", "來源：{0}";
    AndMore => "; and {0} more", "；及另外 {0} 個";
    NoSourceInRange => "Source: no published figure in this range", "來源：此範圍內沒有公開數字";
    DataAsOf => ". Data as of {0}.", "。資料截至 {0}。";
    GovernmentInitiatives => "Government initiatives", "政府措施";
    GovernmentInitiativesCount => "Government initiatives ({0})", "政府措施（{0} 項）";
    YearRange => "{0}–{1}", "{0}–{1} 年";
    ModeAmounts => "amounts", "金額";
    ModeShare => "shares of each year's total", "佔每年總額百分比";
    CsvDefinition => "Definition", "定義";
    CsvAsOf => "Data as of", "資料截至";
    CsvSources => "Sources ({0})", "來源（{0} 個）";
    CsvPublisher => "Publisher", "發布機構";
    CsvSourceTitle => "Title", "標題";
    CsvUrl => "URL", "網址";
    CsvPublished => "Published", "發布日期";
    CsvSecondary => "Secondary (mirror or report)", "次要來源（轉載或報道）";
    CsvYes => "yes", "是";
    ExportCsvBom => "Byte-order mark (Excel reads Chinese right)", "位元組順序記號（Excel 正確讀取中文）";
    ExportSvgText => "SVG text", "SVG 文字";
    ExportSvgOutlines => "Outlines (looks the same everywhere)", "外框（各處顯示一致）";
    ExportSvgEditable => "Editable text", "可編輯文字";
    ExportInitiatives => "Initiative markers", "措施標記";
    InitiativesInPeriod => "{0}: {1} initiatives", "{0}：{1} 項措施";
    AllStartupsSurvey => "All startups (InvestHK survey)", "所有初創企業（投資推廣署調查）";
    SectorStartups => "{0} startups", "{0}初創企業";
    SomeLowerBounds => " (some are lower bounds)", "（部分為下限）";
    PublishedCounts => "Published counts", "已公開數字";
    ChartName => "Chart: {0}. {1}", "圖表：{0}。{1}";
    LegendName => "Legend: {0}", "圖例：{0}";
    HoverStartups => "{0}\n{1}: {2} startups", "{0}\n{1} 年：{2} 間初創企業";
    HoverCategoryStartups => "{0}, {1}: {2} startups\nDashboard sector: {3}", "{0}（{1} 年）：{2} 間初創企業\n儀表板範疇：{3}";
    HoverFunding => "{0}, {1}: {2} AI-specific ({3}% of the year's AI-specific total)\n{4}", "{0}（{1} 年）：人工智能專項 {2}（佔該年專項總額 {3}%）\n{4}";
    HoverFundingScope => "{0}, {1}: {2}, all sectors\n{3}", "{0}（{1} 年）：{2}（所有範疇）\n{3}";
    HoverInitiatives => "{0}: {1} × {2}", "{0} 年：{1} × {2}";
    // Export
    Export => "Export…", "匯出…";
    ExportAll => "Export all charts…", "匯出所有圖表…";
    ExportTitle => "Export “{0}”", "匯出「{0}」";
    ExportAllTitle => "Export all charts", "匯出所有圖表";
    ExportReportTitle => "Export the report", "匯出報告";
    Format => "Format", "格式";
    FormatPng => "PNG image", "PNG 圖像";
    FormatSvg => "SVG drawing", "SVG 向量圖";
    FormatCsv => "CSV of the chart's numbers", "圖表數字（CSV）";
    Size => "Size", "尺寸";
    CustomSize => "Custom", "自訂";
    Width => "width", "闊";
    Height => "height", "高";
    Scale => "Scale", "比例";
    PixelsOut => "{0} × {1} pixels", "{0} × {1} 像素";
    LightTheme => "Light", "淺色";
    DarkTheme => "Dark", "深色";
    ChooseFileAndSave => "Choose file and save…", "選擇檔案並儲存…";
    ChooseFolderAndSave => "Choose folder and save…", "選擇資料夾並儲存…";
    Download => "Download", "下載";
    Cancel => "Cancel", "取消";
    Exporting => "Exporting…", "正在匯出…";
    ExportingStep => "Exporting: step {0} of {1}…", "正在匯出：第 {0} 步，共 {1} 步…";
    Saved => "Saved {0}", "已儲存 {0}";
    SavedMany => "Saved {0} files in {1}", "已在 {1} 儲存 {0} 個檔案";
    ExportFailed => "Export failed: {0}", "匯出失敗：{0}";
    SaveDialogTitle => "Save the chart", "儲存圖表";
    FolderDialogTitle => "Choose a folder for the charts", "選擇存放圖表的資料夾";
    // Tables
    ColYear => "Year", "年份";
    ColAllStartups => "All startups", "所有初創企業";
    ColSource => "Source", "來源";
    ColSector => "Sector", "範疇";
    ColSurveyCategory => "Survey category", "調查類別";
    ColDashboardSector => "Dashboard sector", "儀表板範疇";
    NoDashboardSector => "none", "沒有";
    // Startup survey categories: a short name for the chart's axis, the survey's
    // fuller wording for tables and hover.
    SurveyFintech => "Fintech", "金融科技";
    SurveyFintechFull => "Fintech", "金融科技";
    SurveyEcommerce => "E-commerce, logistics", "電子商貿及物流";
    SurveyEcommerceFull => "E-commerce, supply chain management and logistics technology", "電子商貿、供應鏈管理及物流科技";
    SurveyProfessional => "Professional services", "專業服務";
    SurveyProfessionalFull => "Professional or consultancy services", "專業或顧問服務";
    SurveyIct => "ICT", "資訊及通訊科技";
    SurveyIctFull => "Information and communication technology", "資訊及通訊科技";
    SurveyHealth => "Health & medical", "健康及醫療";
    SurveyHealthFull => "Health and medical", "健康及醫療";
    SurveyEdtech => "Edtech", "教育科技";
    SurveyEdtechFull => "Education technology", "教育科技";
    SurveyGreen => "Green tech", "綠色科技";
    SurveyGreenFull => "Sustainable or green technology", "可持續或綠色科技";
    ColAiSpecificTotal => "AI-specific total (HK$)", "人工智能專項總額（港元）";
    ColPartlyAi => "Partly AI, counted whole (HK$)", "部分涉及人工智能，全額計算（港元）";
    ColGeneralInnovation => "General I&T, not AI-specific (HK$)", "一般創新科技，非人工智能專項（港元）";
    OverviewAiFunding => "AI-specific funding disclosed: {0} ({1}–{2}). Counted apart, never added to it: partly-AI programmes {3} and general I&T money {4}.", "已披露人工智能專項資金：{0}（{1}–{2} 年）。另計、不合計入：部分涉及人工智能的計劃 {3}，一般創新科技資金 {4}。";
    CardAiFunding => "AI-specific funding disclosed: {0}", "已披露人工智能專項資金：{0}";
    CardNoAiFunding => "No AI-specific funding record", "沒有人工智能專項資金紀錄";
    FundingPartlyAi => "Partly AI (counted whole)", "部分涉及人工智能（全額計算）";
    FundingGeneral => "General I&T money", "一般創新科技資金";
    FundingIncludeGeneral => "Include general I&T money", "包括一般創新科技資金";
    FundingIncludeGeneralHint => "Shown apart from AI-specific money, in greys, never added into one total", "以灰色與人工智能專項資金分開顯示，不合計為單一總額";
    FundingShareIsAiOnly => "Shares are of AI-specific money: turn off \"share\" to include general I&T money", "百分比只計人工智能專項資金：關閉「百分比」後才可包括一般創科資金";
    ColTotal => "Total", "總計";
    // Search
    SearchHint => "Search (Ctrl+F)", "搜尋（Ctrl+F）";
    SearchName => "Search sectors, figures, organisations, initiatives, sources and charts", "搜尋範疇、數字、機構、措施、來源及圖表";
    SearchResults => "{0} results", "{0} 項結果";
    SearchResultsShown => "{0} results, first {1} shown", "{0} 項結果，顯示首 {1} 項";
    SearchNoResults => "No results", "沒有結果";
    SearchKeys => "Up/Down move · Enter opens · Esc closes", "Up/Down 移動 · Enter 開啟 · Esc 關閉";
    SearchResultName => "Result: {0}, {1}: {2}", "結果：{0}，{1}：{2}";
    HitSector => "Sector", "範疇";
    HitChart => "Chart", "圖表";
    HitOrganisation => "Organisation", "機構";
    HitInitiative => "Initiative", "措施";
    HitKeyFigure => "Key figure", "關鍵數字";
    HitSource => "Source", "來源";
    AllSectorsShort => "all sectors", "所有範疇";
    CitingTitle => "Records citing this source", "引用此來源的紀錄";
    CitingOthers => "and {0} funding records or startup counts", "及另外 {0} 項資金或初創企業數目紀錄";
    CitingNone => "No key figure, organisation or initiative cites it.", "沒有關鍵數字、機構或措施引用此來源。";
    Close => "Close", "關閉";
    // Overview story (its first row, the latest initiatives)
    StoryHeading => "AI in Hong Kong: how big, and where it is going", "香港人工智能：規模與走向";
    StoryAiMoney => "AI-specific money committed", "已承諾的人工智能專項資金";
    StoryParkCompanies => "AI companies at the parks", "科技園區的人工智能企業";
    StoryComputing => "Computing capacity", "算力";
    StoryInitiatives => "Government initiatives per year", "每年政府措施";
    StoryNoFigure => "No figure in the dataset: a gap, not zero", "資料集沒有此數字：是空缺，不是零";
    StoryMoneyWhat => "Sum of {0} disclosed AI-specific records, {1}–{2}; partly-AI and general I&T money not included", "{0} 項已披露人工智能專項紀錄的總和（{1}–{2} 年）；不包括部分涉及人工智能的計劃及一般創科資金";
    StoryLargest => "Largest in {0}: {1}, {2}", "{0} 年最大一項：{1}，{2}";
    StoryInitiativesWhat => "Initiatives on the timeline dated {0}", "時間線上 {0} 年的措施";
    StoryInitiativesToDate => "Initiatives on the timeline dated {0}, up to {1}", "時間線上 {0} 年的措施（截至 {1}）";
    StoryInitiativesSource => "Each initiative cites its own source on the timeline", "每項措施在時間線上列出其來源";
    TrendUp => "↑ up from {0} ({1})", "↑ 較 {1} 的 {0} 上升";
    TrendDown => "↓ down from {0} ({1})", "↓ 較 {1} 的 {0} 下降";
    TrendLevel => "→ level with {0} ({1})", "→ 與 {1} 的 {0} 持平";
    TrendOnePoint => "One data point only: no trend", "只有一個數據點：沒有趨勢";
    TrendYearToDate => "Year to date: not compared with a whole year", "年初至今：不與全年比較";
    StoryCardName => "{0}: {1} ({2}). {3}", "{0}：{1}（日期：{2}）。{3}";
    StoryGapName => "{0}: no figure in the dataset", "{0}：資料集沒有此數字";
    Sparkline => "Sparkline: {0}, {1}", "走勢線：{0}，{1}";
    LatestInitiatives => "Latest initiatives", "最新措施";
    LatestInitiativeName => "Open on the timeline: {0}, {1}, {2}", "在時間線上開啟：{0}，{1}，{2}";
    LatestNone => "No initiative in the dataset", "資料集沒有措施";
    // ---- Deliverables (issue 18): Excel workbooks
    FormatXlsx => "Excel workbook (numbers as numbers, a Sources sheet)", "Excel 活頁簿（數字為數值，附來源工作表）";
    XlsxUnit => "Unit", "單位";
    XlsxChart => "Chart", "圖表";
    XlsxSourcesSheet => "Sources", "來源";
    XlsxSeeSources => "Every source, with its link: the Sources sheet", "所有來源及連結：見「來源」工作表";
    // ---- Deliverables (issue 18): copy to the clipboard
    CopyImage => "Copy image", "複製圖像";
    CopyImageHint => "Put the chart on the clipboard as a PNG image, exported at twice its size on screen (Ctrl+C when the chart has the keyboard focus)", "把圖表以 PNG 圖像（螢幕大小的兩倍）放到剪貼簿（圖表有鍵盤焦點時按 Ctrl+C）";
    CopyTable => "Copy table", "複製表格";
    CopyTableHint => "Put the table on the clipboard as tab-separated cells: it pastes as cells in Excel or Sheets", "把表格以定位字元分隔放到剪貼簿：貼到 Excel 或試算表會成為儲存格";
    CopiedImage => "Copied \"{0}\" as an image ({1}×{2} pixels)", "已複製「{0}」圖像（{1}×{2} 像素）";
    CopiedTable => "Copied the table of \"{0}\" ({1} rows): paste it into a spreadsheet", "已複製「{0}」的表格（{1} 行）：可貼到試算表";
    CopyFailed => "Nothing was copied: {0}", "未能複製：{0}";
    KeyCopyChart => "Copy the focused chart as an image", "把有焦點的圖表複製為圖像";
    ClipboardUnavailable => "there is no clipboard to copy to ({0})", "沒有可用的剪貼簿（{0}）";
    // ---- Deliverables (issue 18): the PDF report
    ExportReport => "Export report…", "匯出報告…";
    FormatPdf => "PDF report (every sector, chart and source, A4)", "PDF 報告（所有範疇、圖表及來源，A4）";
    ReportSubtitle => "A report of the dashboard's data, its charts and every source", "儀表板資料、圖表及所有來源的報告";
    ReportDataset => "Dataset: {0}", "資料集：{0}";
    ReportHeadlines => "Headline figure of each sector", "各範疇的主要數字";
    ReportNoOrganisations => "No organisation listed.", "未有列出機構。";
    ReportNoInitiatives => "No initiative in this sector.", "此範疇沒有措施。";
    ReportSourceCount => "Sources ({0})", "來源（{0} 個）";
    ReportPage => "Page {0} of {1}", "第 {0} 頁，共 {1} 頁";
}
