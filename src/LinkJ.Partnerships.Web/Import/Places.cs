using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>A place as a release gives it ("Paris, France", "Tokyo, Japan", 「フランス・パリ」「東京都」): its city and country code.</summary>
public static class Places
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USA"] = "US", ["U.S."] = "US", ["U.S.A."] = "US", ["United States"] = "US", ["America"] = "US",
        ["UK"] = "GB", ["U.K."] = "GB", ["England"] = "GB", ["Scotland"] = "GB", ["Britain"] = "GB", ["Great Britain"] = "GB",
        ["Korea"] = "KR", ["South Korea"] = "KR", ["Republic of Korea"] = "KR", ["Taiwan"] = "TW", ["Netherlands"] = "NL", ["The Netherlands"] = "NL",
        ["日本"] = "JP", ["フランス"] = "FR", ["デンマーク"] = "DK", ["ドイツ"] = "DE", ["英国"] = "GB", ["イギリス"] = "GB",
        ["米国"] = "US", ["アメリカ"] = "US", ["スイス"] = "CH", ["オランダ"] = "NL", ["スウェーデン"] = "SE", ["カナダ"] = "CA",
        ["オーストラリア"] = "AU", ["中国"] = "CN", ["韓国"] = "KR", ["シンガポール"] = "SG", ["台湾"] = "TW", ["イスラエル"] = "IL",
        ["ベルギー"] = "BE", ["イタリア"] = "IT", ["スペイン"] = "ES", ["フィンランド"] = "FI", ["ノルウェー"] = "NO", ["インド"] = "IN",
        ["アイルランド"] = "IE", ["オーストリア"] = "AT", ["タイ"] = "TH", ["ベトナム"] = "VN",
    };

    private static readonly string[] JapaneseCities = ["Tokyo", "Osaka", "Kyoto", "Kobe", "Yokohama", "Nagoya", "Fukuoka", "Sapporo", "Sendai", "Kawasaki", "Chiba", "Hiroshima"];

    public static (string? City, string? Country) Read(string place)
    {
        var parts = place.Split([',', '、', '・', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return (null, null);
        }

        var country = parts.Reverse().Select(Country).FirstOrDefault(c => c is not null);
        var cities = parts.Where(p => Country(p) is null).ToList();
        var city = cities.FirstOrDefault();
        if (country is null && city is not null && (JapaneseCities.Contains(city, StringComparer.OrdinalIgnoreCase) || city[^1] is '都' or '府' or '県' or '道' or '市' or '区'))
        {
            country = "JP";
        }

        return (city, country);
    }

    public static string? Country(string name)
    {
        if (Aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }

        return Countries.All.FirstOrDefault(c => string.Equals(c.Value, name, StringComparison.OrdinalIgnoreCase)).Key;
    }
}
