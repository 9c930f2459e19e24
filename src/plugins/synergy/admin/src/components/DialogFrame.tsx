import * as React from 'react';
import { Button, Flex, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface DialogFrameProps {
  open: boolean;
  title: string;
  /** The confirm button's text; Close and Cancel are the same in every dialog. */
  confirmLabel: string;
  isSubmitting: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children: React.ReactNode;
}

/**
 * The frame of a confirming dialog: title, a column of fields, Cancel and a confirm button that
 * spins while the request runs. It cannot be closed meanwhile.
 * No <form> here: the dialog is portalled, but React would still bubble a submit to the edit view's form.
 */
export const DialogFrame = ({ open, title, confirmLabel, isSubmitting, onClose, onConfirm, children }: DialogFrameProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Modal.Root open={open} onOpenChange={(isOpen) => !isOpen && !isSubmitting && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('dialog.close', 'Close')}>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {children}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" variant="tertiary" onClick={onClose} disabled={isSubmitting}>
            {t('dialog.cancel', 'Cancel')}
          </Button>
          <Button type="button" onClick={onConfirm} loading={isSubmitting}>
            {confirmLabel}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
