using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Domain;

public sealed class AgreementLifecycleTests
{
    private static readonly DateOnly Effective = new(2020, 2, 5);
    private static readonly DateOnly TermEnd = new(2025, 2, 5);

    private static Agreement FiveYears() => new(AgreementType.Mou, "MOU", Effective, Term.OfYears(5));

    [Fact]
    public void An_extension_moves_the_end_date_and_so_the_status()
    {
        var agreement = FiveYears();
        var day = new DateOnly(2025, 6, 1);
        Assert.Equal(AgreementStatus.Ended, agreement.StatusOn(day));

        agreement.Amend(AmendmentKind.Extension, new DateOnly(2025, 1, 10), "Extended by two years", "Joint programme continues", new DateOnly(2027, 2, 5));

        Assert.Equal(new DateOnly(2027, 2, 5), agreement.EndsOn);
        Assert.Equal(TermEnd, agreement.TermEndsOn);
        Assert.Equal(AgreementStatus.Active, agreement.StatusOn(day));
        Assert.Equal(Term.OfYears(5), agreement.Term);
    }

    [Fact]
    public void The_end_date_follows_the_latest_extension_by_date_and_comes_back_when_it_is_removed()
    {
        var agreement = FiveYears();
        var later = agreement.Amend(AmendmentKind.Extension, new DateOnly(2026, 1, 1), "Second extension", null, new DateOnly(2028, 2, 5));
        agreement.Amend(AmendmentKind.Extension, new DateOnly(2025, 1, 1), "First extension, entered late", null, new DateOnly(2026, 2, 5));
        agreement.Amend(AmendmentKind.Signatory, new DateOnly(2026, 6, 1), "New president signs for LINK-J", null);

        Assert.Equal(new DateOnly(2028, 2, 5), agreement.EndsOn);

        agreement.RemoveAmendment(later);
        Assert.Equal(new DateOnly(2026, 2, 5), agreement.EndsOn);
    }

    [Fact]
    public void Changing_the_term_keeps_the_extended_end_date()
    {
        var agreement = FiveYears();
        agreement.Amend(AmendmentKind.Extension, new DateOnly(2025, 1, 1), "Extended", null, new DateOnly(2027, 2, 5));

        agreement.Schedule(Effective, Term.OfYears(4));

        Assert.Equal(new DateOnly(2024, 2, 5), agreement.TermEndsOn);
        Assert.Equal(new DateOnly(2027, 2, 5), agreement.EndsOn);
    }

    [Fact]
    public void A_terminated_agreement_is_in_force_until_its_termination_date_and_then_terminated_not_ended()
    {
        var agreement = FiveYears();

        agreement.Terminate(new DateOnly(2023, 4, 1), "The cluster merged into another");

        Assert.Equal(new DateOnly(2023, 4, 1), agreement.EndsOn);
        Assert.True(agreement.Period.IsInForceOn(new DateOnly(2023, 3, 31)));
        Assert.Equal(AgreementStatus.Terminated, agreement.StatusOn(new DateOnly(2023, 4, 1)));
        Assert.True(agreement.StatusOn(new DateOnly(2024, 1, 1)).HasEnded());
        Assert.False(agreement.StatusOn(new DateOnly(2024, 1, 1)).IsInForce());
        Assert.Equal(AgreementStatus.Ended, FiveYears().StatusOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Cancelling_a_termination_gives_the_term_its_end_date_back()
    {
        var agreement = FiveYears();
        agreement.Terminate(new DateOnly(2023, 4, 1), "Recorded by mistake");

        agreement.CancelTermination();

        Assert.Equal(TermEnd, agreement.EndsOn);
        Assert.Null(agreement.TerminationReason);
    }

    [Theory]
    [InlineData("2020-02-05")]
    [InlineData("2025-02-05")]
    [InlineData("2030-01-01")]
    public void A_termination_must_fall_after_the_effective_date_and_before_the_end(string day)
    {
        var agreement = FiveYears();

        Assert.NotNull(agreement.TerminationProblem(DateOnly.Parse(day)));
        Assert.Throws<InvalidOperationException>(() => agreement.Terminate(DateOnly.Parse(day), "Reason"));
        Assert.Equal(TermEnd, agreement.EndsOn);
    }

    [Fact]
    public void A_terminated_agreement_cannot_be_extended_or_rescheduled_past_its_termination()
    {
        var agreement = FiveYears();
        agreement.Terminate(new DateOnly(2023, 4, 1), "Ended early");

        Assert.Throws<InvalidOperationException>(() =>
            agreement.Amend(AmendmentKind.Extension, new DateOnly(2023, 1, 1), "Extension", null, new DateOnly(2030, 1, 1)));
        Assert.NotNull(agreement.ScheduleProblem(new DateOnly(2023, 5, 1), Term.OfYears(5)));
        Assert.NotNull(agreement.ScheduleProblem(Effective, Term.OfYears(1)));
        Assert.Null(agreement.ScheduleProblem(Effective, Term.OfYears(10)));
    }

    [Fact]
    public void An_extension_needs_a_new_end_date_after_the_effective_date_and_no_amendment_predates_the_agreement()
    {
        var agreement = FiveYears();

        Assert.NotNull(agreement.AmendmentProblem(AmendmentKind.Extension, new DateOnly(2024, 1, 1), null));
        Assert.NotNull(agreement.AmendmentProblem(AmendmentKind.Extension, new DateOnly(2024, 1, 1), Effective));
        Assert.NotNull(agreement.AmendmentProblem(AmendmentKind.Extension, new DateOnly(2024, 1, 1), TermEnd));
        Assert.NotNull(agreement.AmendmentProblem(AmendmentKind.Scope, new DateOnly(2019, 1, 1), null));
        Assert.Null(agreement.AmendmentProblem(AmendmentKind.Scope, new DateOnly(2024, 1, 1), null));
    }

    [Fact]
    public void Archiving_keeps_the_first_date_and_restoring_clears_it()
    {
        var agreement = FiveYears();
        var first = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        agreement.Archive(first);
        agreement.Archive(first.AddDays(3));
        Assert.Equal(first, agreement.ArchivedAt);

        agreement.Restore();
        Assert.False(agreement.IsArchived);
    }

    [Fact]
    public void The_home_organization_cannot_be_archived_and_an_agreement_cannot_renew_itself()
    {
        var home = new Organization("LINK-J", OrganizationKind.Association, "link-j");
        home.MarkAsHome();
        var agreement = FiveYears();

        Assert.Throws<InvalidOperationException>(() => home.Archive(DateTime.UtcNow));
        Assert.Throws<InvalidOperationException>(() => agreement.Renews(agreement));
    }
}
