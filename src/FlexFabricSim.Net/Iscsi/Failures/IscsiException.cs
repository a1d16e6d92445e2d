namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>Thrown by the initiator for every failure, carrying its <see cref="IscsiFailure"/> classification.</summary>
public sealed class IscsiException : Exception
{
    /// <summary>Creates the exception for <paramref name="failure"/>.</summary>
    public IscsiException(IscsiFailure failure, Exception? innerException = null)
        : base(failure.ToString(), innerException)
    {
        Failure = failure;
    }

    /// <summary>What failed, classified.</summary>
    public IscsiFailure Failure { get; }
}
