import socket

import pytest
from pytest_socket import SocketBlockedError


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_suite_cannot_reach_the_network():
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("pypi.org", 443), timeout=1)
