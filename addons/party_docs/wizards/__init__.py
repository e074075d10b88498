from . import party_document_register
