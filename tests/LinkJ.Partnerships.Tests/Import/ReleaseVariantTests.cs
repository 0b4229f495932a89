using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Import;

namespace LinkJ.Partnerships.Tests.Import;

/// <summary>Releases of the genre written for these tests, worded as real ones vary.</summary>
public sealed class ReleaseVariantTests
{
    private const string Japanese = """
        LINK-J、ノルディック・ライフサイエンス協会と相互協力に関する覚書（MOU）を締結

        一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン（本部：東京都中央区日本橋室町、理事長：岡野栄之、以下「LINK-J」）は、2021年3月15日付で、ノルディック・ライフサイエンス協会（所在地：スウェーデン・ストックホルム、以下「NLSA」）とライフサイエンス分野におけるイノベーション創出を目的とした覚書（MOU）を締結しました。

        本覚書は、今後3年間にわたり両者の相互協力の可能性を探るものです。今回の締結により、NLSAはLINK-Jにとって18番目の連携先となります。

        写真左：LINK-J 理事長 岡野栄之、右：NLSA 会長 アンナ・リンドクヴィスト

        LINK-J 代表取締役社長 曽山明彦は次のように述べています。「NLSAとの連携により、日本と北欧のライフサイエンスの架け橋となることを期待しています。」
        """;

    private const string English = """
        TOKYO, December 3, 2021 — LINK-J signs memorandum with Boston Biotech University

        Life Science Innovation Network Japan (hereinafter "LINK-J") signed a Memorandum of Understanding with Boston Biotech University (location: Boston, USA; hereinafter "BBU") on November 20. The MOU will remain in effect for a period of three years. With this agreement, BBU becomes LINK-J's twentieth partner organization.

        The MOU was signed by Akihiko Soyama, President and CEO of LINK-J, and Jane Doe, Provost of Boston Biotech University.

        "We are thrilled to work with LINK-J," said John Smith, Dean of Research at Boston Biotech University.
        """;

    [Fact]
    public void A_Japanese_release_gives_its_date_term_ordinal_parties_and_people()
    {
        var draft = Releases.Import(Japanese, Releases.HomeOnly());

        Assert.Equal("ja", draft.Language);
        Assert.Equal(AgreementType.Mou, draft.Type.Value);
        Assert.Equal(new DateOnly(2021, 3, 15), draft.EffectiveOn.Value);
        Assert.Equal("2021年3月15日", draft.EffectiveOnAsStated.Value);
        Assert.False(draft.EffectiveOnInferred.Value);
        Assert.Equal(new DraftTerm(3, TermUnit.Years), draft.Term.Value);
        Assert.Equal(18, draft.PartnerOrdinal.Value);
        Assert.Equal("link-j", draft.Parties[0].Slug);
        var partner = draft.Parties[1].Proposed!;
        Assert.Equal(("ノルディック・ライフサイエンス協会", "NLSA", "SE", "ストックホルム", OrganizationKind.Association), (partner.Name, partner.ShortName.Value, partner.CountryCode.Value, partner.City.Value, partner.Kind.Value));
        Assert.Equal("LINK-Jとノルディック・ライフサイエンス協会の覚書（MOU）", draft.Title.Value);
        Assert.Equal(
            [("岡野栄之", ParticipantRole.Signatory, "理事長, LINK-J", "link-j"), ("アンナ・リンドクヴィスト", ParticipantRole.Signatory, "会長, NLSA", "ノルディック・ライフサイエンス協会"), ("曽山明彦", ParticipantRole.Representative, "代表取締役社長, LINK-J", "link-j")],
            draft.People.Select(p => (p.Name, p.Role, p.Title.Value, p.ActsFor.Value)));
    }

    [Fact]
    public void An_English_release_with_a_dateline_a_signing_sentence_and_a_proposed_partner_is_read_in_full()
    {
        var draft = Releases.Import(English, Releases.HomeOnly());

        Assert.Equal(AgreementType.Mou, draft.Type.Value);
        Assert.Equal("MOU between LINK-J and Boston Biotech University", draft.Title.Value);
        Assert.Equal(new DateOnly(2021, 12, 3), draft.Source.PublishedOn.Value);
        Assert.Equal(new DateOnly(2021, 11, 20), draft.EffectiveOn.Value);
        Assert.True(draft.EffectiveOnInferred.Value);
        Assert.Contains("publication date", draft.EffectiveOnInferred.Note, StringComparison.Ordinal);
        Assert.Equal(new DraftTerm(3, TermUnit.Years), draft.Term.Value);
        Assert.Equal(20, draft.PartnerOrdinal.Value);
        var partner = draft.Parties[1].Proposed!;
        Assert.Equal(("BBU", "US", "Boston", OrganizationKind.University), (partner.ShortName.Value, partner.CountryCode.Value, partner.City.Value, partner.Kind.Value));
        Assert.Equal(
            [("Akihiko Soyama", ParticipantRole.Signatory, "President and CEO, LINK-J", "link-j"), ("Jane Doe", ParticipantRole.Signatory, "Provost, Boston Biotech University", "Boston Biotech University"), ("John Smith", ParticipantRole.Representative, "Dean of Research, Boston Biotech University", "Boston Biotech University")],
            draft.People.Select(p => (p.Name, p.Role, p.Title.Value, p.ActsFor.Value)));
    }

    [Theory]
    [InlineData("The MOU became effective on February 5, 2020.", 2020, 2, 5, "February 5, 2020")]
    [InlineData("The MOU became effective on 5th February 2020.", 2020, 2, 5, "5th February 2020")]
    [InlineData("The agreement takes effect on 2022/04/01.", 2022, 4, 1, "2022/04/01")]
    [InlineData("本覚書は2020年11月20日に発効しました。", 2020, 11, 20, "2020年11月20日")]
    [InlineData("本覚書は令和2年11月20日付で締結されました。", 2020, 11, 20, "令和2年11月20日")]
    [InlineData("本覚書は２０２０年１１月２０日付で締結されました。", 2020, 11, 20, "２０２０年１１月２０日")]
    public void A_date_written_in_any_of_the_usual_ways_is_the_effective_date(string sentence, int year, int month, int day, string asStated)
    {
        var draft = Releases.Import(sentence, Releases.HomeOnly());

        Assert.Equal(new DateOnly(year, month, day), draft.EffectiveOn.Value);
        Assert.Equal(asStated, draft.EffectiveOnAsStated.Value);
        Assert.False(draft.EffectiveOnInferred.Value);
    }

    [Fact]
    public void A_day_without_a_year_and_nothing_to_fix_the_year_leaves_the_date_empty_and_says_why()
    {
        var draft = Releases.Import("The MOC became effective on November 20th.", Releases.HomeOnly());

        Assert.False(draft.EffectiveOn.Filled);
        Assert.Equal("November 20th", draft.EffectiveOnAsStated.Value);
        Assert.Contains("no year", draft.EffectiveOn.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_a_year_takes_the_year_after_the_previous_numbered_partner()
    {
        var context = Releases.HomeOnly(new KnownPartner(14, new DateOnly(2020, 9, 18), "Kanagawa Prefecture"));

        var draft = Releases.Import("The MOC became effective on November 20th. This makes the embassy the 15th cooperation partner of LINK-J.", context);

        Assert.Equal(new DateOnly(2020, 11, 20), draft.EffectiveOn.Value);
        Assert.True(draft.EffectiveOnInferred.Value);
        Assert.Contains("the 14th, Kanagawa Prefecture, took effect on 2020-09-18", draft.EffectiveOnInferred.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It is an agreement to explore cooperation over the next five years.", 5, TermUnit.Years)]
    [InlineData("The MOU is valid for a period of three years.", 3, TermUnit.Years)]
    [InlineData("The agreement runs for 18 months.", 18, TermUnit.Months)]
    [InlineData("The two signed a two-year MOU.", 2, TermUnit.Years)]
    [InlineData("本覚書の期間は3年間です。", 3, TermUnit.Years)]
    [InlineData("今後6か月間にわたり協力します。", 6, TermUnit.Months)]
    public void A_term_is_read_in_years_or_months(string sentence, int length, TermUnit unit)
    {
        Assert.Equal(new DraftTerm(length, unit), Releases.Import(sentence, Releases.HomeOnly()).Term.Value);
    }

    [Fact]
    public void A_term_until_a_date_ends_on_the_day_after_its_last_day()
    {
        var term = Releases.Import("The MOU is valid until March 31, 2025.", Releases.HomeOnly()).Term;

        Assert.Equal(new DraftTerm(null, null, new DateOnly(2025, 4, 1)), term.Value);
    }

    [Fact]
    public void A_headline_whose_subject_is_both_parties_names_them_and_a_title_before_a_name_is_read_with_its_party()
    {
        const string release = """
            LINK-J and Kanagawa Prefecture Conclude MOU

            The MOU was signed on September 18, 2020.

            LINK-J President and CEO Akihiko Soyama (left) and Governor Yuji Kuroiwa (right)
            """;

        var draft = Releases.Import(release, Releases.HomeOnly());

        Assert.Equal(("link-j", "Kanagawa Prefecture", OrganizationKind.PrefectureOrMunicipality), (draft.Parties[0].Slug, draft.Parties[1].AsWritten, draft.Parties[1].Proposed!.Kind.Value));
        Assert.Equal(new DateOnly(2020, 9, 18), draft.EffectiveOn.Value);
        Assert.Equal(
            [("Akihiko Soyama", "President and CEO, LINK-J", (string?)"link-j"), ("Yuji Kuroiwa", "Governor", null)],
            draft.People.Select(p => (p.Name, p.Title.Value!, p.ActsFor.Value)));
        Assert.All(draft.People, p => Assert.Equal(ParticipantRole.Signatory, p.Role));
        Assert.False(draft.People[1].ActsFor.Filled);
    }

    [Theory]
    [InlineData("The cluster has grown over the past 10 years and signed an MOU.")]
    [InlineData("Founded 20 years ago, the institute signed an MOU with LINK-J.")]
    [InlineData("LINK-J signed an MOU with the institute.")]
    public void A_span_of_the_past_or_no_span_is_no_term(string sentence)
    {
        var term = Releases.Import(sentence, Releases.HomeOnly()).Term;

        Assert.False(term.Value!.IsStated);
    }

    [Theory]
    [InlineData("This latest agreement makes MPR the 16th cooperation partner of LINK-J.", 16)]
    [InlineData("The institute becomes LINK-J's twenty-first partner organization.", 21)]
    [InlineData("It is the first overseas partner of LINK-J.", 1)]
    [InlineData("今回の締結により、LINK-Jの連携先は16番目となります。", 16)]
    [InlineData("本学はLINK-Jにとって１６団体目の連携機関です。", 16)]
    public void A_partner_ordinal_is_read_as_a_numeral_or_a_word(string sentence, int ordinal)
    {
        Assert.Equal(ordinal, Releases.Import(sentence, Releases.HomeOnly()).PartnerOrdinal.Value);
    }

    [Fact]
    public void A_count_of_partners_is_not_an_ordinal()
    {
        var ordinal = Releases.Import("Cooperating with 16 organizations (including 6 overseas organizations).", Releases.HomeOnly()).PartnerOrdinal;

        Assert.False(ordinal.Filled);
        Assert.NotNull(ordinal.Note);
    }

    [Fact]
    public void A_release_that_names_no_instrument_leaves_the_type_empty()
    {
        var draft = Releases.Import("LINK-J held a seminar on regenerative medicine in Nihonbashi.", Releases.HomeOnly());

        Assert.False(draft.Type.Filled);
        Assert.False(draft.Title.Filled);
    }

    [Fact]
    public void An_html_release_gives_its_headline_address_and_publication_date()
    {
        const string html = """
            <html><head><title>News</title><link rel="canonical" href="https://www.link-j.org/en/news/123">
            <meta property="article:published_time" content="2022-04-01T09:00:00+09:00"><script>var x = "<p>no</p>";</script></head>
            <body><h1>LINK-J Concludes MOU with Example Institute</h1>
            <p>LINK-J concluded an MOU with Example Institute (location: Basel, Switzerland) on March 28, 2022.</p></body></html>
            """;

        var draft = ReleaseImporter.Import(ReleaseFile.Read("release.html", System.Text.Encoding.UTF8.GetBytes(html)), Releases.HomeOnly());

        Assert.Equal("LINK-J Concludes MOU with Example Institute", draft.Source.Title.Value);
        Assert.Equal("https://www.link-j.org/en/news/123", draft.Source.Url.Value);
        Assert.Equal(new DateOnly(2022, 4, 1), draft.Source.PublishedOn.Value);
        Assert.Equal(new DateOnly(2022, 3, 28), draft.EffectiveOn.Value);
        Assert.Equal(("CH", OrganizationKind.HospitalOrResearchInstitute), (draft.Parties[1].Proposed!.CountryCode.Value, draft.Parties[1].Proposed!.Kind.Value));
    }

    [Theory]
    [InlineData("release.docx")]
    [InlineData("release.exe")]
    public void A_file_of_another_type_is_refused_with_a_sentence(string name)
    {
        var error = Assert.Throws<ReleaseFileException>(() => ReleaseFile.Read(name, [1, 2, 3]));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_pdf_that_is_not_one_is_refused_with_a_sentence()
    {
        Assert.Throws<ReleaseFileException>(() => ReleaseFile.Read("release.pdf", "plain text"u8.ToArray()));
    }

    [Fact]
    public void The_same_text_gives_the_same_draft()
    {
        Assert.Equal(DraftReport.Json(Releases.Import(English)), DraftReport.Json(Releases.Import(English)));
    }
}
