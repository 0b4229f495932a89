using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>
/// English and Japanese hold the same keys, each Japanese text keeps the English one's format items, and every text the
/// code hands a localizer as a literal is in the English file (so it cannot slip past the Japanese one).
/// </summary>
public sealed partial class ResourceParityTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Read("Resources/SharedResource.resx");
    private static readonly IReadOnlyDictionary<string, string> Japanese = ResourceFile.Read("Resources/SharedResource.ja.resx");

    [Fact]
    public void Every_English_key_has_a_Japanese_text()
    {
        var missing = English.Keys.Where(k => !Japanese.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).ToList();

        Assert.True(missing.Count == 0, "No Japanese text for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Every_Japanese_key_has_an_English_text()
    {
        var extra = Japanese.Keys.Where(k => !English.ContainsKey(k)).ToList();

        Assert.True(extra.Count == 0, "Japanese keys with no English entry: " + string.Join(" | ", extra));
    }

    [Fact]
    public void No_two_keys_differ_only_in_case()
    {
        // The resource compiler keeps one of them and drops the other, so one of the two texts would never be translated.
        var clashes = English.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(clashes.Count == 0, "Keys differing only in case: " + string.Join(" | ", clashes));
    }

    /// <summary>The same arguments; a date's format may differ (2020-11-20 in English, 2020年11月20日 in Japanese).</summary>
    [Fact]
    public void Japanese_texts_keep_the_format_items_of_the_English_ones()
    {
        static IEnumerable<string> Items(string text) => ResourceFile.Placeholders(text).Select(p => p.Split(':')[0].TrimEnd('}')).Distinct();
        var different = English.Where(e => Japanese.TryGetValue(e.Key, out var ja) && !Items(e.Value).SequenceEqual(Items(ja)))
            .Select(e => e.Key).ToList();

        Assert.True(different.Count == 0, "Format items differ for: " + string.Join(" | ", different));
    }

    [Fact]
    public void Dates_inside_Japanese_texts_are_written_the_Japanese_way()
    {
        var isoDates = Japanese.Where(j => j.Value.Contains(":yyyy-MM-dd", StringComparison.Ordinal)).Select(j => j.Key).ToList();

        Assert.True(isoDates.Count == 0, "Japanese texts with an ISO date: " + string.Join(" | ", isoDates));
        Assert.Equal("本日は2026年11月24日（東京）です。非公開の協定も含みます。",
            string.Format(System.Globalization.CultureInfo.GetCultureInfo("ja"), Japanese["Today is {0:yyyy-MM-dd} (Tokyo). Internal agreements are included."], new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void Japanese_interface_texts_are_not_left_in_English()
    {
        // A Japanese text with no kana or kanji is an untranslated copy, except for names and codes kept as they are.
        string[] keptAsIs = ["ID"];
        var untranslated = Japanese.Where(j => !keptAsIs.Contains(j.Key) && !JapaneseScript().IsMatch(j.Value)).Select(j => j.Key).ToList();

        Assert.True(untranslated.Count == 0, "Not translated: " + string.Join(" | ", untranslated));
    }

    [Fact]
    public void Every_literal_the_code_localizes_has_an_English_entry()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SourceTree.WebProject, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.EndsWith("_ViewImports.cshtml", StringComparison.Ordinal)))
        {
            foreach (Match match in LocalizedLiteral().Matches(File.ReadAllText(file)))
            {
                var key = match.Groups["text"].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
                if (!English.ContainsKey(key))
                {
                    missing.Add($"{Path.GetFileName(file)}: {key}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Localized in code but not in SharedResource.resx: " + string.Join(" | ", missing));
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    /// <summary>L["…"], S["…"] and s["…"] in pages and validators; this.Flash("…") and this.Text("…") in page models.</summary>
    [GeneratedRegex(@"(?:\b[LSs]\[\s*|this\.(?:Flash|Text)\(\s*|\[Display\(Name = )""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedLiteral();
}
