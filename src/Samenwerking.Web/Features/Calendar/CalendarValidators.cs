using FluentValidation;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>Checks a recorded sent date before the service saves it; the database checks again.</summary>
public sealed class DocumentFormValidator : AbstractValidator<DocumentForm>
{
    public DocumentFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Year).InclusiveBetween(FinancialYear.MinYear, FinancialYear.MaxYear)
            .WithMessage($"Kies een jaar tussen {FinancialYear.MinYear} en {FinancialYear.MaxYear}.");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Kies een soort stuk.");
        RuleFor(f => f.SentOn).NotNull().WithMessage("Vul de datum in waarop het stuk is verzonden.");
        RuleFor(f => f.SentOn).Must(d => d <= Today(clock)).When(f => f.SentOn is not null)
            .WithMessage(_ => "Een verzenddatum ligt niet in de toekomst: leg de datum vast zodra het stuk verzonden is.");
        RuleFor(f => f.SentOn).Must((f, d) => InPeriod(f.Kind, f.Year, d!.Value)).When(f => f.SentOn is not null && f.Year is >= FinancialYear.MinYear and <= FinancialYear.MaxYear)
            .WithMessage(f => $"Een {CalendarLabels.Document(f.Kind, f.Year, Math.Max(f.Number, 1)).ToLowerInvariant()} kan niet op {CalendarLabels.Date(f.SentOn)} verzonden zijn: "
                + $"kies een datum tussen {CalendarLabels.Date(WgrCalendar.PlausibleSendingPeriod(f.Kind, f.Year).From)} en {CalendarLabels.Date(WgrCalendar.PlausibleSendingPeriod(f.Kind, f.Year).To)}, of een ander jaar.");
        RuleFor(f => f.Title).MaximumLength(PlanningDocument.TitleMaxLength)
            .WithMessage($"De titel is te lang: maximaal {PlanningDocument.TitleMaxLength} tekens.");
        RuleFor(f => f.Link).MaximumLength(PlanningDocument.LinkMaxLength)
            .WithMessage($"De link is te lang: maximaal {PlanningDocument.LinkMaxLength} tekens.");
        RuleFor(f => f.Link).Must(CalendarRules.IsWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Link))
            .WithMessage("Vul een volledig webadres in dat begint met https:// of http://.");
    }

    private static bool InPeriod(PlanningDocumentKind kind, int year, DateOnly date)
    {
        var (from, to) = WgrCalendar.PlausibleSendingPeriod(kind, year);
        return date >= from && date <= to;
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}

/// <summary>Checks one council's zienswijze before the service saves it; the database checks again.</summary>
public sealed class ZienswijzeFormValidator : AbstractValidator<ZienswijzeForm>
{
    public ZienswijzeFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Kies of de zienswijze gepland is, gegeven is, of dat de raad er geen geeft.");
        RuleFor(f => f.Kind).Must(WgrCalendar.OpenToZienswijze)
            .WithMessage(f => $"Op een {CalendarLabels.Document(f.Kind, f.Year, f.Number).ToLowerInvariant()} geeft de raad geen zienswijze.");
        RuleFor(f => f.MeetingOn).NotNull().When(f => f.Status == ZienswijzeStatus.Gepland)
            .WithMessage("Vul de datum in van de raadsvergadering waarin de zienswijze aan de orde komt.");
        RuleFor(f => f.GivenOn).NotNull().When(f => f.Status == ZienswijzeStatus.Gegeven)
            .WithMessage("Vul de datum in waarop de raad de zienswijze heeft gegeven.");
        RuleFor(f => f.GivenOn).Must(d => d <= DocumentFormValidator.Today(clock)).When(f => f.GivenOn is not null)
            .WithMessage("Een zienswijze kan niet in de toekomst gegeven zijn: kies ‘gepland’ met de datum van de raadsvergadering.");
        RuleFor(f => f.Text).NotEmpty().When(f => f.Status == ZienswijzeStatus.Gegeven && string.IsNullOrWhiteSpace(f.Link))
            .WithMessage("Vul de tekst van de zienswijze in, of een link naar het raadsbesluit.");
        RuleFor(f => f.Text).MaximumLength(Zienswijze.TextMaxLength)
            .WithMessage(f => $"De tekst is {Thousands(f.Text!.Length)} tekens; het maximum is {Thousands(Zienswijze.TextMaxLength)}. Zet de volledige tekst in het raadsbesluit en verwijs ernaar met een link, of kort de tekst in. Er is niets opgeslagen; uw tekst staat nog in het veld.");
        RuleFor(f => f.Reply).MaximumLength(Zienswijze.TextMaxLength)
            .WithMessage(f => $"Het antwoord is {Thousands(f.Reply!.Length)} tekens; het maximum is {Thousands(Zienswijze.TextMaxLength)}. Er is niets opgeslagen.");
        RuleFor(f => f.Link).MaximumLength(Zienswijze.LinkMaxLength)
            .WithMessage($"De link is te lang: maximaal {Zienswijze.LinkMaxLength} tekens.");
        RuleFor(f => f.Link).Must(CalendarRules.IsWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Link))
            .WithMessage("Vul een volledig webadres in dat begint met https:// of http://.");
        RuleFor(f => f.Reply).NotEmpty().When(f => f.ReplyOn is not null)
            .WithMessage("Vul het antwoord van het bestuur in, of laat de datum van het antwoord leeg.");
        RuleFor(f => f.ReplyOn).Must((f, d) => f.GivenOn is null || d >= f.GivenOn).When(f => f.ReplyOn is not null)
            .WithMessage("Het bestuur kan niet geantwoord hebben vóór de raad zijn zienswijze gaf.");
    }

    private static string Thousands(int number) => number.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}

internal static class CalendarRules
{
    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
