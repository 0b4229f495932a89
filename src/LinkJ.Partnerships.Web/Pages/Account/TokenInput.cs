using FluentValidation;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Account;

/// <summary>A new personal access token: a name to recognise it by, and the day it stops working.</summary>
public sealed class TokenInput
{
    public string? Name { get; set; }

    /// <summary>The first day the token no longer works (Tokyo), as an agreement's end date is the first day no longer in force.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public static DateOnly EarliestExpiry(DateOnly today) => today.AddDays(1);

    public static DateOnly LatestExpiry(DateOnly today) => today.AddDays(AccessToken.MaxApiLifetimeDays);
}

public sealed class TokenInputValidator : AbstractValidator<TokenInput>
{
    public TokenInputValidator(RegistryClock clock, IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => s["Give the token a name."])
            .MaximumLength(AccessToken.NameMaxLength).WithMessage(_ => s["At most {0} characters.", AccessToken.NameMaxLength]);
        RuleFor(x => x.ExpiresOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => s["Choose the day the token stops working."])
            .Must(d => d >= TokenInput.EarliestExpiry(clock.Today) && d <= TokenInput.LatestExpiry(clock.Today))
            .WithMessage(_ => s["Choose a day from {0} to {1}: a token lives at most a year.",
                TokenInput.EarliestExpiry(clock.Today).ToString("O"), TokenInput.LatestExpiry(clock.Today).ToString("O")]);
    }
}
