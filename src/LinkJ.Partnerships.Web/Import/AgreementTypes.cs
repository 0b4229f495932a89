using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The instrument a release announces. A named instrument (MOC, MOU, letter of intent…) outranks the generic
/// "partnership", which releases also use for any MOU; the headline is read first, then the sentence that announces.
/// </summary>
public static partial class AgreementTypes
{
    private static readonly (AgreementType Type, Regex Pattern)[] Patterns =
    [
        (AgreementType.Moc, Moc()),
        (AgreementType.Mou, Mou()),
        (AgreementType.LetterOfIntent, LetterOfIntent()),
        (AgreementType.JointStatement, JointStatement()),
        (AgreementType.CollaborationAgreement, Collaboration()),
        (AgreementType.Partnership, Partnership()),
    ];

    public static AgreementType? In(string text) =>
        Patterns.FirstOrDefault(p => p.Pattern.IsMatch(text)) is { Pattern: not null } found ? found.Type : null;

    /// <summary>The words the text uses for the instrument ("Memorandum of Understanding", "覚書（MOU）").</summary>
    public static Match? Words(string text, AgreementType type) =>
        Patterns.FirstOrDefault(p => p.Type == type).Pattern?.Match(text) is { Success: true } m ? m : null;

    /// <summary>How a title names the type.</summary>
    public static string Label(AgreementType type, bool japanese) => (type, japanese) switch
    {
        (AgreementType.Mou, false) => "MOU",
        (AgreementType.Moc, false) => "MOC",
        (AgreementType.LetterOfIntent, false) => "Letter of intent",
        (AgreementType.JointStatement, false) => "Joint statement",
        (AgreementType.CollaborationAgreement, false) => "Collaboration agreement",
        (AgreementType.Partnership, false) => "Partnership",
        (AgreementType.Mou, true) => "覚書（MOU）",
        (AgreementType.Moc, true) => "協力覚書（MOC）",
        (AgreementType.LetterOfIntent, true) => "趣意書",
        (AgreementType.JointStatement, true) => "共同声明",
        (AgreementType.CollaborationAgreement, true) => "連携協定",
        (AgreementType.Partnership, true) => "パートナーシップ",
        _ => type.ToString(),
    };

    [GeneratedRegex(@"Memorandum of Cooperation|\bMOCs?\b|\bMoC\b|協力覚書")]
    private static partial Regex Moc();

    [GeneratedRegex(@"Memorandum of Understanding|\bMOUs?\b|\bMoUs?\b|覚書|基本合意書", RegexOptions.IgnoreCase)]
    private static partial Regex Mou();

    [GeneratedRegex(@"Letter of Intent|\bLOI\b|\bLoI\b|趣意書|意向書", RegexOptions.IgnoreCase)]
    private static partial Regex LetterOfIntent();

    [GeneratedRegex(@"Joint (?:Statement|Declaration)|共同声明|共同宣言", RegexOptions.IgnoreCase)]
    private static partial Regex JointStatement();

    [GeneratedRegex(@"\b(?:collaboration|cooperation|cooperative|collaborative|alliance|research|partnership) agreement|連携協定|協力協定|包括連携|連携に関する協定", RegexOptions.IgnoreCase)]
    private static partial Regex Collaboration();

    [GeneratedRegex(@"\bpartnership\b|パートナーシップ|業務提携|提携", RegexOptions.IgnoreCase)]
    private static partial Regex Partnership();
}
