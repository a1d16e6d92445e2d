namespace FlexFabricSim.Net.Stack;

/// <summary>Kinds of things a stack reports as they happen (link, addresses, routers, drops).</summary>
public enum StackEventKind
{
    /// <summary>The link came up.</summary>
    LinkUp,

    /// <summary>The link went down (or never came up, with the reason).</summary>
    LinkDown,

    /// <summary>The link-up delay has passed: the stack sends from now on.</summary>
    LinkReady,

    /// <summary>An address was configured (static, DHCP-set, link-local or SLAAC) and is usable.</summary>
    AddressAssigned,

    /// <summary>An address was removed or expired.</summary>
    AddressRemoved,

    /// <summary>Duplicate address detection found another node using an address (RFC 4862 §5.4.5).</summary>
    DuplicateAddress,

    /// <summary>A router solicitation was sent.</summary>
    RouterSolicitationSent,

    /// <summary>A router advertisement was accepted: a default router and its flags.</summary>
    RouterLearned,

    /// <summary>An on-link or autonomous prefix was learned from a router advertisement.</summary>
    PrefixLearned,

    /// <summary>Router solicitations were all sent and no router answered.</summary>
    NoRouterFound,

    /// <summary>A received frame was dropped (reported only while someone listens; counters always count).</summary>
    FrameDropped,

    /// <summary>A TCP connection changed state.</summary>
    TcpStateChanged,
}
