using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>The entries of one .resx file, read as XML from the source tree.</summary>
internal static partial class ResourceFile
{
    public static IReadOnlyDictionary<string, string> Read(string relativePath) =>
        XDocument.Load(SourceTree.PathOf(relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The format items of a text, such as {0} and {1:yyyy-MM-dd}, in order of their index.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. FormatItem().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex FormatItem();
}
