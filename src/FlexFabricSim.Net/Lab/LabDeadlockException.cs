namespace FlexFabricSim.Net.Lab;

/// <summary>The lab script waits for something that can never happen: no work is ready and no timer is pending.</summary>
public sealed class LabDeadlockException : InvalidOperationException
{
    /// <summary>Creates the exception with a description of where the lab stood.</summary>
    public LabDeadlockException(string message)
        : base(message)
    {
    }
}
