using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>The date a regeling actually sent a document, as a beheerder or redacteur records it.</summary>
public sealed class DocumentForm
{
    public int ArrangementId { get; set; }

    public PlanningDocumentKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>0 for the yearly documents; for a new begrotingswijziging or draft, 0 asks for the next number.</summary>
    public int Number { get; set; }

    public DateOnly? SentOn { get; set; }

    public string? Title { get; set; }

    public string? Link { get; set; }

    /// <summary>The version the editor saw; null for a document nobody recorded yet.</summary>
    public uint? Version { get; set; }
}
