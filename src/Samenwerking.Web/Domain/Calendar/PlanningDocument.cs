namespace Samenwerking.Web.Domain.Calendar;

/// <summary>
/// A planning-and-control document of one regeling as somebody recorded it: the date the bestuur actually sent it.
/// Without a row the calendar shows the law's latest dates; a row moves them. Begrotingswijzigingen and draft
/// regelingen are numbered within their year.
/// </summary>
public sealed class PlanningDocument
{
    public const int TitleMaxLength = 300;
    public const int LinkMaxLength = 500;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public Arrangement? Arrangement { get; set; }

    public PlanningDocumentKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>1, 2, … for begrotingswijzigingen and draft regelingen of a year; 0 for the yearly documents.</summary>
    public int Number { get; set; }

    /// <summary>The date the bestuur (or the college) actually sent the document; null while only planned.</summary>
    public DateOnly? SentOn { get; set; }

    public string? Title { get; set; }

    public string? Link { get; set; }

    /// <summary>Raised every time the sent date changes, so calendar subscribers replace the event (iCalendar SEQUENCE).</summary>
    public int Revision { get; set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<Zienswijze> Zienswijzen { get; set; } = [];
}
