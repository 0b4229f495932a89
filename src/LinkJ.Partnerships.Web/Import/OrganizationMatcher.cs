using System.Text;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// Finds the registry's organization a release means: by name, short name or Japanese name, compared without case,
/// punctuation, a leading "the" or a legal form (KK, Inc., 株式会社…); then by a name the mention begins
/// ("Royal Danish Embassy" for "Royal Danish Embassy in Tokyo"), when only one organization fits.
/// </summary>
public sealed partial class OrganizationMatcher(IReadOnlyList<KnownOrganization> organizations)
{
    public (KnownOrganization Organization, string MatchedBy)? Match(string mention)
    {
        var key = Key(mention);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var organization in organizations)
        {
            if (Key(organization.Name) == key)
            {
                return (organization, "name");
            }

            if (organization.ShortName is { } shortName && Key(shortName) == key)
            {
                return (organization, "short name");
            }

            if (organization.LocalName is { } localName && Key(localName) == key)
            {
                return (organization, "Japanese name");
            }
        }

        var prefixed = organizations
            .Where(o => key.Length >= 6 && (StartsWithWords(Key(o.Name), key) || (o.LocalName is { } l && Key(l).StartsWith(key, StringComparison.Ordinal))))
            .ToList();
        return prefixed.Count == 1 ? (prefixed[0], "the start of its name") : null;
    }

    /// <summary>Every known organization whose name, short name or Japanese name occurs in the text, with where.</summary>
    public IEnumerable<(KnownOrganization Organization, int Index, string AsWritten)> FindIn(string text)
    {
        foreach (var organization in organizations)
        {
            foreach (var name in new[] { organization.Name, organization.ShortName, organization.LocalName }.OfType<string>())
            {
                var bare = LeadingThe().Replace(name, string.Empty);
                var index = text.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
                while (index >= 0)
                {
                    if (IsWordBoundary(text, index - 1) && IsWordBoundary(text, index + bare.Length))
                    {
                        yield return (organization, index, text.Substring(index, bare.Length));
                    }

                    index = text.IndexOf(bare, index + bare.Length, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]) || text[index] > '\u3000';

    private static bool StartsWithWords(string name, string key) =>
        name.StartsWith(key, StringComparison.Ordinal) && (name.Length == key.Length || name[key.Length] == ' ');

    /// <summary>The comparable form of a name.</summary>
    public static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        text = JapaneseLegalForm().Replace(text, string.Empty);
        text = Punctuation().Replace(text, " ");
        text = LeadingThe().Replace(text.Trim(), string.Empty);
        text = LegalForm().Replace(text, string.Empty);
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The name without a trailing legal form ("Matador Japan KK" → "Matador Japan").</summary>
    public static string WithoutLegalForm(string name) => LegalFormAsWritten().Replace(name, string.Empty).Trim();

    public static string WithoutJapaneseLegalForm(string name) => JapaneseLegalForm().Replace(name, string.Empty).Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"(?:\s+(?:k\s?k|inc|ltd|co\s+ltd|co|corp|corporation|company|limited|llc|plc|gmbh|ag|sa|sas|bv|nv|ab|as|oy|pte|pty))+$")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@",?\s+(?:K\.?K\.?|Inc\.?|Ltd\.?|Co\.,?\s*Ltd\.?|Corp\.?|Corporation|LLC|PLC|GmbH|AG|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|AB|Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?)$")]
    private static partial Regex LegalFormAsWritten();

    [GeneratedRegex(@"株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|国立大学法人|公立大学法人|学校法人|独立行政法人|国立研究開発法人|地方独立行政法人|\(株\)|（株）")]
    private static partial Regex JapaneseLegalForm();
}
