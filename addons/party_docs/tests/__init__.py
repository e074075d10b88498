from . import test_engine
from . import test_numbering
from . import test_concurrency
from . import test_workflow
from . import test_secrecy
from . import test_http
from . import test_meeting
from . import test_register
