using FluentValidation;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Account;

public sealed class SettingsInput
{
    public string? Digest { get; set; }

    public string? Language { get; set; }
}

public sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public SettingsInputValidator(IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.Digest).Must(d => Enum.TryParse<DigestFrequency>(d, ignoreCase: false, out var value) && Enum.IsDefined(value))
            .WithMessage(_ => s["Choose daily, weekly or none."]);
        RuleFor(x => x.Language).Must(l => Languages.Supported.Any(c => c.Name == l))
            .WithMessage(_ => s["Choose English or Japanese."]);
    }
}
