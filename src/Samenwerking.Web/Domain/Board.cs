namespace Samenwerking.Web.Domain;

/// <summary>A board of an arrangement on which a participant is represented.</summary>
public enum Board
{
    AlgemeenBestuur,
    DagelijksBestuur,
    Bestuurscommissie,
    Aandeelhoudersvergadering,
}
