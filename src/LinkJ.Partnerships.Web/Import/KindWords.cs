using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>The kind of organization a name or a description says ("… Embassy", "a business cluster", 「大学」).</summary>
public static partial class KindWords
{
    private static readonly (OrganizationKind Kind, Regex Pattern)[] Patterns =
    [
        (OrganizationKind.EmbassyOrGovernment, Embassy()),
        (OrganizationKind.Ministry, Ministry()),
        (OrganizationKind.PrefectureOrMunicipality, Prefecture()),
        (OrganizationKind.University, University()),
        (OrganizationKind.HospitalOrResearchInstitute, Institute()),
        (OrganizationKind.IndustryCluster, Cluster()),
        (OrganizationKind.Alliance, Alliance()),
        (OrganizationKind.Company, Company()),
        (OrganizationKind.Association, Association()),
    ];

    public static OrganizationKind? Of(string text) =>
        Patterns.FirstOrDefault(p => p.Pattern.IsMatch(text)) is { Pattern: not null } found ? found.Kind : null;

    [GeneratedRegex(@"\b(?:embassy|consulate|government|trade commission|chamber of commerce)\b|大使館|領事館|政府", RegexOptions.IgnoreCase)]
    private static partial Regex Embassy();

    [GeneratedRegex(@"\bministry\b|^Department of|省$", RegexOptions.IgnoreCase)]
    private static partial Regex Ministry();

    [GeneratedRegex(@"\b(?:prefecture|prefectural|city of|municipality|municipal|county|state of)\b|[都道府県]$|[市町村]$|県庁|市役所", RegexOptions.IgnoreCase)]
    private static partial Regex Prefecture();

    [GeneratedRegex(@"\b(?:university|college|school of)\b|大学", RegexOptions.IgnoreCase)]
    private static partial Regex University();

    [GeneratedRegex(@"\b(?:hospital|institute|research cent(?:er|re)|medical cent(?:er|re)|laboratory|laboratories)\b|病院|研究所|研究機構|研究センター", RegexOptions.IgnoreCase)]
    private static partial Regex Institute();

    [GeneratedRegex(@"\b(?:cluster|bio ?cluster|science park|innovation park|hub)\b|クラスター", RegexOptions.IgnoreCase)]
    private static partial Regex Cluster();

    [GeneratedRegex(@"\balliance\b|アライアンス", RegexOptions.IgnoreCase)]
    private static partial Regex Alliance();

    [GeneratedRegex(@"\b(?:K\.?K\.?|Inc\.?|Ltd\.?|Corp\.?|Corporation|GmbH|AG|LLC|PLC|company|pharmaceutical company|startup|start-up)(?:\W|$)|株式会社|（株）", RegexOptions.IgnoreCase)]
    private static partial Regex Company();

    [GeneratedRegex(@"\b(?:association|society|foundation|federation|network|council|consortium|organi[sz]ation|non-profit)\b|協会|学会|財団|社団|機構|協議会|コンソーシアム", RegexOptions.IgnoreCase)]
    private static partial Regex Association();
}
