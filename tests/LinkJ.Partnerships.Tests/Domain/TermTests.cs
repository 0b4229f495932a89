using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Domain;

public sealed class TermTests
{
    [Fact]
    public void A_five_year_term_ends_on_the_same_day_five_years_later()
    {
        Assert.Equal(new DateOnly(2025, 2, 5), Term.OfYears(5).EndDateFrom(new DateOnly(2020, 2, 5)));
    }

    [Fact]
    public void A_term_in_months_adds_calendar_months()
    {
        Assert.Equal(new DateOnly(2021, 8, 29), Term.OfMonths(18).EndDateFrom(new DateOnly(2020, 2, 29)));
        Assert.Equal(new DateOnly(2020, 2, 29), Term.OfMonths(1).EndDateFrom(new DateOnly(2020, 1, 31)));
    }

    [Fact]
    public void A_term_that_starts_on_a_leap_day_ends_on_28_February_of_a_common_year()
    {
        Assert.Equal(new DateOnly(2021, 2, 28), Term.OfYears(1).EndDateFrom(new DateOnly(2020, 2, 29)));
        Assert.Equal(new DateOnly(2024, 2, 29), Term.OfYears(4).EndDateFrom(new DateOnly(2020, 2, 29)));
    }

    [Fact]
    public void An_open_ended_term_has_no_end_date()
    {
        Assert.Null(Term.OpenEnded.EndDateFrom(new DateOnly(2023, 6, 14)));
    }

    [Fact]
    public void A_fixed_end_date_is_taken_as_given()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), Term.Until(new DateOnly(2026, 3, 31)).EndDateFrom(new DateOnly(2024, 4, 1)));
    }

    [Theory]
    [InlineData(0, TermUnit.Months)]
    [InlineData(-1, TermUnit.Years)]
    [InlineData(101, TermUnit.Years)]
    [InlineData(1201, TermUnit.Months)]
    public void Terms_run_from_one_month_to_one_hundred_years(int length, TermUnit unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Term.OfLength(length, unit));
    }

    [Theory]
    [InlineData(1, TermUnit.Months)]
    [InlineData(100, TermUnit.Years)]
    [InlineData(1200, TermUnit.Months)]
    public void The_limits_themselves_are_allowed(int length, TermUnit unit)
    {
        Assert.Equal(length, Term.OfLength(length, unit).Length);
    }

    [Fact]
    public void An_agreement_cannot_end_before_it_takes_effect()
    {
        Assert.Throws<ArgumentException>(() => new Agreement(AgreementType.Mou, "x", new DateOnly(2024, 4, 1), Term.Until(new DateOnly(2024, 4, 1))));
        Assert.Throws<ArgumentException>(() => new Agreement(AgreementType.Mou, "x", new DateOnly(2024, 4, 1), Term.Until(new DateOnly(2024, 3, 31))));
    }
}
