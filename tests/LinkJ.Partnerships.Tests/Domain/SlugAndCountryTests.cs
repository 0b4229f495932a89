using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Domain;

public sealed class SlugAndCountryTests
{
    [Theory]
    [InlineData("Medicen Paris Region (MPR)", "medicen-paris-region-mpr")]
    [InlineData("  Royal Danish Embassy  ", "royal-danish-embassy")]
    [InlineData("Taksøe-Jensen & Co.", "taksoe-jensen-co")]
    [InlineData("Université de Genève", "universite-de-geneve")]
    [InlineData("在日デンマーク王国大使館", "")]
    public void Slugs_are_lower_case_ascii_words(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name));
    }

    [Theory]
    [InlineData("link-j", true)]
    [InlineData("Link-J", false)]
    [InlineData("-link", false)]
    [InlineData("link--j", false)]
    [InlineData("", false)]
    public void Slug_validity(string slug, bool valid)
    {
        Assert.Equal(valid, Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("JP", true)]
    [InlineData("dk", true)]
    [InlineData("XX", false)]
    [InlineData("JPN", false)]
    [InlineData("", false)]
    public void Countries_are_ISO_alpha_2(string code, bool valid)
    {
        Assert.Equal(valid, Countries.IsValid(code));
    }

    [Fact]
    public void Names_match_ignoring_case_and_surrounding_space()
    {
        Assert.Equal(Names.Normalize("  Medicen   Paris region "), Names.Normalize("MEDICEN PARIS REGION"));
    }
}
