namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>
/// Word pools for synthetic registries. Japanese entries carry their Latin and Japanese forms, so generated
/// organizations and people have both a name and a local name, as the real ones do.
/// </summary>
internal static class SyntheticVocabulary
{
    public sealed record Word(string Latin, string Japanese);

    public sealed record Country(string Code, string[] Cities, string CompanySuffix);

    public static readonly Word[] JapaneseWords =
    [
        new("Sakura", "桜"), new("Fuji", "富士"), new("Yamato", "大和"), new("Tokai", "東海"), new("Kansai", "関西"),
        new("Hokuriku", "北陸"), new("Kyushu", "九州"), new("Tohoku", "東北"), new("Chiyoda", "千代田"),
        new("Nihonbashi", "日本橋"), new("Aoba", "青葉"), new("Midori", "みどり"), new("Asahi", "旭"), new("Hikari", "光"),
        new("Mirai", "未来"), new("Shinsei", "新生"), new("Daiichi", "第一"), new("Taiyo", "太陽"), new("Minato", "港"),
        new("Kotobuki", "寿"), new("Musashi", "武蔵"), new("Sagami", "相模"), new("Setouchi", "瀬戸内"), new("Naniwa", "浪速"),
        new("Heian", "平安"), new("Izumi", "和泉"), new("Kashiwa", "柏"), new("Keihin", "京浜"), new("Hoshi", "星"), new("Akebono", "曙"),
    ];

    public static readonly Word[] JapaneseCities =
    [
        new("Tokyo", "東京"), new("Osaka", "大阪"), new("Kyoto", "京都"), new("Yokohama", "横浜"), new("Kobe", "神戸"),
        new("Nagoya", "名古屋"), new("Sapporo", "札幌"), new("Fukuoka", "福岡"), new("Sendai", "仙台"), new("Hiroshima", "広島"),
        new("Kawasaki", "川崎"), new("Chiba", "千葉"), new("Tsukuba", "つくば"), new("Kanazawa", "金沢"), new("Kumamoto", "熊本"),
        new("Niigata", "新潟"), new("Okayama", "岡山"), new("Shizuoka", "静岡"), new("Nagasaki", "長崎"), new("Kagoshima", "鹿児島"),
    ];

    public static readonly Word[] Fields =
    [
        new("Pharmaceutical", "製薬"), new("Biotech", "バイオテック"), new("Medical Devices", "医療機器"),
        new("Life Sciences", "ライフサイエンス"), new("Diagnostics", "診断"), new("Regenerative Medicine", "再生医療"),
        new("Genomics", "ゲノム"), new("Digital Health", "デジタルヘルス"), new("Drug Discovery", "創薬"),
        new("Bioinformatics", "バイオインフォマティクス"), new("Cell Therapy", "細胞治療"), new("Medical AI", "医療AI"),
    ];

    public static readonly string[] LatinWords =
    [
        "Nordic", "Helix", "Novo", "Aurora", "Atlas", "Meridian", "Vireo", "Lumen", "Cerulean", "Sanitas", "Vitalis",
        "Orion", "Borealis", "Cascade", "Zenith", "Kestrel", "Alder", "Solenne", "Evergreen", "Crescent", "Øresund", "Élan",
    ];

    public static readonly Country[] ForeignCountries =
    [
        new("US", ["Boston", "San Diego", "San Francisco", "Cambridge"], "Inc."),
        new("GB", ["London", "Cambridge", "Oxford", "Manchester"], "Ltd"),
        new("DE", ["Berlin", "München", "Heidelberg"], "GmbH"),
        new("FR", ["Paris", "Lyon", "Strasbourg"], "SAS"),
        new("DK", ["København", "Aarhus", "Odense"], "A/S"),
        new("SE", ["Stockholm", "Uppsala", "Göteborg"], "AB"),
        new("CH", ["Zürich", "Basel", "Genève"], "AG"),
        new("NL", ["Amsterdam", "Leiden", "Utrecht"], "B.V."),
        new("CA", ["Toronto", "Montréal", "Vancouver"], "Inc."),
        new("AU", ["Sydney", "Melbourne", "Brisbane"], "Pty Ltd"),
        new("SG", ["Singapore"], "Pte. Ltd."),
        new("KR", ["Seoul", "Daejeon", "Incheon"], "Co., Ltd."),
        new("TW", ["Taipei", "Hsinchu"], "Co., Ltd."),
        new("IN", ["Bengaluru", "Hyderabad", "Pune"], "Pvt. Ltd."),
        new("IL", ["Tel Aviv", "Rehovot", "Haifa"], "Ltd."),
        new("BE", ["Leuven", "Gent", "Bruxelles"], "NV"),
        new("FI", ["Helsinki", "Oulu", "Turku"], "Oy"),
        new("NO", ["Oslo", "Bergen", "Trondheim"], "AS"),
        new("IT", ["Milano", "Torino", "Napoli"], "S.p.A."),
        new("ES", ["Barcelona", "Madrid", "Valencia"], "S.L."),
        new("AT", ["Wien", "Graz"], "GmbH"),
        new("IE", ["Dublin", "Cork"], "Ltd"),
    ];

    public static readonly Word[] JapaneseFamilyNames =
    [
        new("Sato", "佐藤"), new("Suzuki", "鈴木"), new("Takahashi", "高橋"), new("Tanaka", "田中"), new("Watanabe", "渡辺"),
        new("Ito", "伊藤"), new("Yamamoto", "山本"), new("Nakamura", "中村"), new("Kobayashi", "小林"), new("Kato", "加藤"),
        new("Yoshida", "吉田"), new("Yamada", "山田"), new("Sasaki", "佐々木"), new("Matsumoto", "松本"), new("Inoue", "井上"),
        new("Kimura", "木村"), new("Hayashi", "林"), new("Shimizu", "清水"), new("Mori", "森"), new("Ikeda", "池田"),
    ];

    public static readonly Word[] JapaneseGivenNames =
    [
        new("Hiroshi", "浩"), new("Takeshi", "健"), new("Yuko", "裕子"), new("Akiko", "明子"), new("Kenji", "健二"),
        new("Naoko", "直子"), new("Satoshi", "聡"), new("Emi", "恵美"), new("Makoto", "誠"), new("Haruka", "遥"),
        new("Daisuke", "大輔"), new("Yoshiko", "良子"), new("Kazuo", "和夫"), new("Mariko", "真理子"), new("Shinji", "真司"), new("Tomoko", "智子"),
    ];

    public static readonly string[] GivenNames =
    [
        "Anna", "Lars", "Maria", "Thomas", "Sophie", "Erik", "Claire", "Jonas", "Elena", "Pierre", "Ingrid", "Marco",
        "Sarah", "David", "Mette", "Henrik", "Julia", "Lukas", "Emma", "Olivier", "Priya", "Min-jun", "Wei", "Noa",
    ];

    public static readonly string[] FamilyNames =
    [
        "Lindqvist", "Østergaard", "Müller", "Dubois", "Rossi", "García", "Novak", "Jansen", "Murphy", "Schneider",
        "Andersson", "Kowalski", "Bianchi", "Lefèvre", "Hansen", "Virtanen", "Cohen", "Kim", "Chen", "Sharma",
    ];

    public static readonly string[] Topics =
    [
        "regenerative medicine", "digital health", "drug discovery", "medical device development", "startup acceleration",
        "clinical research", "bioinformatics", "talent exchange", "open innovation", "cell and gene therapy",
        "AI in healthcare", "healthy ageing", "vaccine research", "rare diseases", "medical imaging",
    ];

    public static readonly string[] Activities =
    [
        "joint seminars", "researcher exchange", "shared access to laboratories", "matching startups with investors",
        "co-organised events in Tokyo", "market-entry support", "joint calls for proposals", "data sharing under agreed rules",
    ];

    public static readonly string[] Titles =
    [
        "President", "Chief Executive Officer", "Director General", "Dean", "Vice President for Research", "Chair of the Board",
        "Executive Director", "Ambassador", "Governor", "Mayor", "Head of Business Development", "Chief Scientific Officer",
    ];

    public static readonly string[] PeriodsAsStated = ["spring", "summer", "autumn", "winter", "early", "late"];
}
