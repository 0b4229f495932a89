using System.Globalization;
using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>Country names follow the page's language, from the generated Resources/CountryNames.ja.resx.</summary>
public sealed partial class CountryNameTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    [Fact]
    public void Every_country_code_has_a_name_in_Japanese_script()
    {
        var missing = Countries.All.Keys.Where(code => !JapaneseScript().IsMatch(Countries.NameOf(code, Japanese))).ToList();

        Assert.True(missing.Count == 0, "No Japanese name for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("DK", "デンマーク")]
    [InlineData("JP", "日本")]
    [InlineData("us", "アメリカ合衆国")]
    public void A_Japanese_culture_gets_the_Japanese_name(string code, string expected)
    {
        Assert.Equal(expected, Countries.NameOf(code, Japanese));
        Assert.Equal(expected, Countries.NameOf(code, CultureInfo.GetCultureInfo("ja-JP")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("fr")]
    [InlineData("")]
    public void English_and_languages_without_names_get_the_English_name(string culture) =>
        Assert.Equal("Denmark", Countries.NameOf("DK", CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void The_English_name_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Japanese;
            Assert.Equal("デンマーク", Countries.NameOf("DK"));
            Assert.Equal("Denmark", Countries.EnglishNameOf("DK"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void In_Japanese_the_countries_are_in_collation_order_of_their_Japanese_names()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Japanese;
            var ordered = Countries.InNameOrder();

            Assert.Equal(Countries.All.Count, ordered.Select(c => c.Code).Distinct().Count());
            var comparer = StringComparer.Create(Japanese, CompareOptions.None);
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(comparer.Compare(pair.First.Name, pair.Second.Name) <= 0, $"{pair.First.Name} before {pair.Second.Name}"));
            // The syllabary's order, not the code's: Iceland (IS) before Ireland (IE), Denmark (DK) after Thailand (TH).
            var position = ordered.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
            Assert.True(position["IS"] < position["IE"]);
            Assert.True(position["TH"] < position["DK"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();
}
