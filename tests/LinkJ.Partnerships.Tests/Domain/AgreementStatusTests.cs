using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Domain;

public sealed class AgreementStatusTests
{
    private static readonly Agreement FiveYears = new(AgreementType.Mou, "MOU", new DateOnly(2020, 2, 5), Term.OfYears(5));

    [Fact]
    public void Before_the_effective_date_it_is_upcoming()
    {
        Assert.Equal(AgreementStatus.Upcoming, FiveYears.StatusOn(new DateOnly(2020, 2, 4)));
    }

    [Fact]
    public void On_the_effective_date_it_is_in_force()
    {
        Assert.Equal(AgreementStatus.Active, FiveYears.StatusOn(new DateOnly(2020, 2, 5)));
    }

    [Fact]
    public void The_day_before_the_end_date_is_the_last_day_in_force()
    {
        var lastDay = new DateOnly(2025, 2, 4);
        Assert.Equal(AgreementStatus.EndingSoon, FiveYears.StatusOn(lastDay));
        Assert.True(FiveYears.Period.IsInForceOn(lastDay));
        Assert.Equal(lastDay, FiveYears.Period.LastDayInForce);
        Assert.Equal(1, FiveYears.Period.DaysLeftOn(lastDay));
    }

    [Fact]
    public void On_the_end_date_it_has_ended()
    {
        var endDate = new DateOnly(2025, 2, 5);
        Assert.Equal(AgreementStatus.Ended, FiveYears.StatusOn(endDate));
        Assert.False(FiveYears.Period.IsInForceOn(endDate));
        Assert.Equal(0, FiveYears.Period.DaysLeftOn(endDate));
    }

    [Fact]
    public void It_is_ending_soon_from_ninety_days_before_the_end()
    {
        var end = new DateOnly(2025, 2, 5);
        Assert.Equal(AgreementStatus.Active, FiveYears.StatusOn(end.AddDays(-91)));
        Assert.Equal(AgreementStatus.EndingSoon, FiveYears.StatusOn(end.AddDays(-90)));
    }

    [Fact]
    public void The_ending_soon_window_is_configurable()
    {
        var end = new DateOnly(2025, 2, 5);
        Assert.Equal(AgreementStatus.Active, FiveYears.StatusOn(end.AddDays(-30), endingSoonDays: 29));
        Assert.Equal(AgreementStatus.EndingSoon, FiveYears.StatusOn(end.AddDays(-30), endingSoonDays: 30));
    }

    [Fact]
    public void An_open_ended_agreement_stays_open_ended_once_in_force()
    {
        var partnership = new Agreement(AgreementType.Partnership, "P", new DateOnly(2023, 6, 14), Term.OpenEnded);
        Assert.Equal(AgreementStatus.Upcoming, partnership.StatusOn(new DateOnly(2023, 6, 13)));
        Assert.Equal(AgreementStatus.OpenEnded, partnership.StatusOn(new DateOnly(2023, 6, 14)));
        Assert.Equal(AgreementStatus.OpenEnded, partnership.StatusOn(new DateOnly(2099, 1, 1)));
        Assert.Null(partnership.Period.DaysLeftOn(new DateOnly(2099, 1, 1)));
        Assert.True(AgreementStatus.OpenEnded.IsInForce());
    }

    [Fact]
    public void A_leap_day_agreement_ends_on_28_February()
    {
        var leap = new Agreement(AgreementType.Moc, "Leap", new DateOnly(2024, 2, 29), Term.OfYears(1));
        Assert.Equal(new DateOnly(2025, 2, 28), leap.EndsOn);
        Assert.Equal(AgreementStatus.EndingSoon, leap.StatusOn(new DateOnly(2025, 2, 27)));
        Assert.Equal(AgreementStatus.Ended, leap.StatusOn(new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public void A_signatory_must_act_for_a_party()
    {
        var home = new Organization("Home", OrganizationKind.Association, "home");
        var stranger = new Organization("Stranger", OrganizationKind.Company, "stranger");
        var agreement = new Agreement(AgreementType.Mou, "MOU", new DateOnly(2024, 1, 1), Term.OfYears(1));
        agreement.AddParty(home);
        Assert.Throws<InvalidOperationException>(() => agreement.AddSignatory(new Person("Someone"), stranger, "CEO"));
        Assert.Throws<InvalidOperationException>(() => agreement.AddParty(home));
        Assert.Single(agreement.Parties);
    }
}
