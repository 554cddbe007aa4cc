namespace Samenwerking.Web.Domain.Calendar;

/// <summary>One council's zienswijze on one document, and the bestuur's reply: each council its own, never one flag for all.</summary>
public sealed class Zienswijze
{
    public const int TextMaxLength = 20_000;
    public const int LinkMaxLength = 500;

    public int Id { get; set; }

    public int PlanningDocumentId { get; set; }

    public PlanningDocument? PlanningDocument { get; set; }

    public int MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public ZienswijzeStatus Status { get; set; }

    /// <summary>The council meeting that deals with it (gepland).</summary>
    public DateOnly? MeetingOn { get; set; }

    /// <summary>The date the council adopted and sent its zienswijze (gegeven).</summary>
    public DateOnly? GivenOn { get; set; }

    public string? Text { get; set; }

    public string? Link { get; set; }

    /// <summary>The bestuur's reply (it must answer in writing, with reasons).</summary>
    public string? Reply { get; set; }

    public DateOnly? ReplyOn { get; set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}
