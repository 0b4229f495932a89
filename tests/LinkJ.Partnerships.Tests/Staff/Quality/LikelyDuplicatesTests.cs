using LinkJ.Partnerships.Web.Pages.Staff.Quality;

namespace LinkJ.Partnerships.Tests.Staff.Quality;

public sealed class LikelyDuplicatesTests
{
    [Theory]
    [InlineData("Matador Japan K.K.", "MATADOR JAPAN")]
    [InlineData("The Pistoia Alliance, Inc.", "Pistoia Alliance")]
    [InlineData("Université Paris Cité", "Universite Paris-Cite")]
    [InlineData("Ｍｅｄｉｃｅｎ　Ｐａｒｉｓ", "Medicen Paris")]
    public void Names_that_differ_only_in_form_share_a_key(string one, string other) =>
        Assert.Equal(LikelyDuplicates.Key(one), LikelyDuplicates.Key(other));

    [Theory]
    [InlineData("Kyoto University", "Kyoto University Hospital")]
    [InlineData("Medicen Paris Region", "Medicen Lyon Region")]
    public void Different_names_keep_different_keys(string one, string other) =>
        Assert.NotEqual(LikelyDuplicates.Key(one), LikelyDuplicates.Key(other));

    [Fact]
    public void Japanese_names_match_without_their_legal_form_but_keep_their_voicing_marks()
    {
        Assert.Equal(LikelyDuplicates.JapaneseKey("株式会社マタドール"), LikelyDuplicates.JapaneseKey("マタドール（株）"));
        Assert.NotEqual(LikelyDuplicates.JapaneseKey("デンマーク"), LikelyDuplicates.JapaneseKey("テンマーク"));
        Assert.Null(LikelyDuplicates.JapaneseKey("株式会社"));
    }
}
