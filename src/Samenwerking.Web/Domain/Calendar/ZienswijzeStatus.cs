namespace Samenwerking.Web.Domain.Calendar;

/// <summary>Where one council stands on one document.</summary>
public enum ZienswijzeStatus
{
    /// <summary>On the agenda of a council meeting.</summary>
    Gepland,

    /// <summary>The council gave its zienswijze.</summary>
    Gegeven,

    /// <summary>The council decided to give none (Wgr art. 1 lid 3: it says so as soon as possible).</summary>
    Geen,
}
