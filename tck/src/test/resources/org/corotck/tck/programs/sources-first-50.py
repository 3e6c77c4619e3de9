# program 0
def f0():
    a = b = c = 0
    if False:
        yield
    (yield (_v(b) + _v(8)))
    for _ in range(1):
        try:
            return (_v(b) + _v(1))
        except OSError:
            raise KeyError()
            b = yield from f1(-3)  # delegate
            (yield (_v(c) + _v(4)))
        except Exception:
            c = None
            raise StopIteration()
            a = (yield a)
def f1(a):
    b = c = 0
    if False:
        yield
    (yield (_v(c) + _v(2)))
    LOG.append(a)
    try:
        try:
            raise KeyError()
            b = (yield (_v(b) + _v(9)))
            (yield (_v(a) + _v(7)))
        except KeyError:
            b = (yield 4)
            raise ValueError()
        except KeyError:
            b = (yield (_v(c) + _v(1)))
            (yield c)
            a = yield from f2(None)  # call
        a = (yield (_v(c) + _v(6)))
    except Exception:
        b = (_v(a) + _v(9))
        c = (yield 4)
    c = yield from f2((_v(b) + _v(7)))  # delegate
    b = (yield (_v(c) + _v(1)))
def f2(a):
    b = c = 0
    if False:
        yield
    try:
        a = (yield 9)
    except ValueError:
        LOG.append(-3)
        (yield a)
        (yield (_v(a) + _v(6)))
    finally:
        LOG.append(c)
    LOG.append(c)
    try:
        b = (yield (_v(b) + _v(2)))
        b = (_v(b) + _v(7))
    except OSError:
        a = (yield (_v(b) + _v(1)))
    finally:
        LOG.append(8)
        LOG.append((_v(c) + _v(9)))
# program 1
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            a = (yield 100)
        try:
            a = (yield (_v(a) + _v(10)))
        except Exception:
            a = (yield 101)
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 2
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield (_v(c) + _v(5)))
    LOG.append(5)
    c = None
    for _ in range(2):
        raise ValueError()
# program 3
def f0():
    a = b = c = 0
    if False:
        yield
    b = (_v(b) + _v(5))
    a = None
    b = yield from f1((_v(a) + _v(5)))  # call
    for _ in range(3):
        return (_v(c) + _v(4))
        LOG.append(-2)
    a = (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(c) + _v(5)))
    b = (yield a)
    a = (yield (_v(c) + _v(8)))
def f2(a):
    b = c = 0
    if False:
        yield
    for _ in range(3):
        (yield (_v(a) + _v(7)))
    try:
        raise KeyError()
    except ValueError:
        for _ in range(2):
            raise KeyError()
        for _ in range(1):
            b = (yield (_v(c) + _v(2)))
            b = (yield 9)
        b = 6
    LOG.append((_v(a) + _v(1)))
# program 4
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(3)
    b = (yield (_v(b) + _v(8)))
    (yield None)
# program 5
def f0():
    a = b = c = 0
    if False:
        yield
    for _ in range(1):
        yield from f1(a)  # call
    try:
        a = yield from f1((_v(a) + _v(5)))  # delegate
        b = yield from f1(9)  # delegate
        c = yield from f1(a)  # delegate
    except GeneratorExit:
        b = (yield 5)
        LOG.append(None)
    finally:
        for _ in range(1):
            (yield -3)
            b = yield from f1(b)  # delegate
    (yield (_v(b) + _v(2)))
    a = (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield 8)
    b = (yield None)
    if _v(c) < 5:
        (yield c)
# program 6
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 7
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        for _ in range(2):
            c = (yield 9)
    except GeneratorExit:
        LOG.append(c)
    except KeyError:
        a = (yield b)
        for _ in range(3):
            LOG.append((_v(a) + _v(4)))
            (yield None)
        raise OSError()
    try:
        a = (yield b)
        try:
            b = yield from f2((_v(c) + _v(5)))  # call
        except ValueError:
            raise OSError()
        finally:
            b = (yield c)
        c = yield from f1((_v(a) + _v(2)))  # call
    except KeyError:
        c = (yield None)
    except GeneratorExit:
        LOG.append((_v(c) + _v(7)))
        a = yield from f2((_v(c) + _v(1)))  # call
        LOG.append(c)
    finally:
        LOG.append(None)
        LOG.append((_v(a) + _v(7)))
        try:
            LOG.append(b)
            LOG.append((_v(b) + _v(4)))
        finally:
            yield from f2(b)  # delegate
            a = yield from f1((_v(b) + _v(1)))  # delegate
    b = (yield None)
    b = (yield None)
    b = (yield c)
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        raise KeyError()
        try:
            (yield None)
            a = yield from f2(a)  # call
        finally:
            raise ValueError()
        yield from f2((_v(b) + _v(5)))  # delegate
    except OSError:
        if _v(b) < 0:
            return (_v(b) + _v(5))
            c = (yield c)
    c = (yield None)
    (yield c)
    c = yield from f2((_v(c) + _v(7)))  # call
def f2(a):
    b = c = 0
    if False:
        yield
    try:
        a = (yield c)
    finally:
        try:
            if _v(a) < 0:
                LOG.append((_v(c) + _v(2)))
                if _v(c) < 0:
                    LOG.append(c)
                    b = None
                    if _v(c) < 5:
                        LOG.append(9)
                        raise ValueError()
                    else:
                        if _v(a) < 2:
                            raise OSError()
                            LOG.append((_v(b) + _v(8)))
                            LOG.append((_v(c) + _v(1)))
                        else:
                            raise StopIteration()
                        c = (_v(a) + _v(3))
            else:
                LOG.append((_v(b) + _v(4)))
                raise KeyError()
                LOG.append(b)
            raise OSError()
            if _v(c) < 1:
                raise ValueError()
                LOG.append(c)
                raise OSError()
            else:
                LOG.append((_v(c) + _v(7)))
                LOG.append((_v(b) + _v(6)))
                LOG.append(c)
        finally:
            if _v(b) < 3:
                if _v(b) < 5:
                    LOG.append(None)
                else:
                    LOG.append((_v(b) + _v(3)))
                    raise OSError()
                    if _v(c) < 0:
                        LOG.append(None)
                        LOG.append((_v(b) + _v(5)))
                        if _v(b) < 0:
                            c = None
                    else:
                        LOG.append((_v(a) + _v(3)))
                        a = (_v(a) + _v(4))
                raise StopIteration()
            else:
                c = None
                a = (_v(a) + _v(8))
            LOG.append(None)
            LOG.append(b)
        raise StopIteration()
        if _v(a) < 0:
            LOG.append(b)
            raise ValueError()
    a = (_v(b) + _v(7))
    for _ in range(2):
        a = (yield None)
    try:
        b = None
    finally:
        try:
            LOG.append(4)
            LOG.append(-3)
        finally:
            LOG.append(1)
            b = 0
            b = None
        for _ in range(3):
            if _v(a) < 5:
                LOG.append(b)
                LOG.append(None)
            else:
                LOG.append(b)
                raise ValueError()
                LOG.append((_v(b) + _v(9)))
        raise StopIteration()
# program 8
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(-1)
    a = (_v(a) + _v(1))
    try:
        return (_v(b) + _v(9))
    except ValueError:
        a = (_v(a) + _v(8))
        try:
            c = (yield 8)
        except ValueError:
            (yield a)
            (yield b)
    finally:
        try:
            (yield (_v(a) + _v(9)))
        except OSError:
            c = (yield (_v(b) + _v(2)))
            LOG.append((_v(c) + _v(9)))
        raise ValueError()
    a = (yield None)
# program 9
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except BaseException:
            a = (yield 100)
        try:
            a = (yield (_v(a) + _v(10)))
        except Exception:
            return 201
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 10
def f0():
    a = b = c = 0
    if False:
        yield
    b = (yield c)
    LOG.append((_v(b) + _v(8)))
    b = (yield (_v(a) + _v(1)))
# program 11
def f0():
    a = b = c = 0
    if False:
        yield
    c = yield from f2(b)  # call
    yield from f1(None)  # delegate
    a = (yield -1)
    try:
        LOG.append(5)
        (yield None)
        (yield (_v(c) + _v(2)))
    finally:
        c = (yield 6)
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        a = yield from f2((_v(b) + _v(4)))  # delegate
        try:
            if _v(b) < 4:
                return 1
                a = (yield 8)
            (yield (_v(c) + _v(9)))
            yield from f2(b)  # delegate
        except ValueError:
            LOG.append(c)
            return c
            raise OSError()
    except OSError:
        c = yield from f2((_v(a) + _v(9)))  # call
        b = (yield 3)
    except ValueError:
        try:
            (yield -2)
            b = b
        except OSError:
            return (_v(b) + _v(7))
            (yield (_v(b) + _v(3)))
            a = (yield -1)
        try:
            c = yield from f2(c)  # delegate
        except OSError:
            c = (yield None)
            return (_v(b) + _v(7))
        except ValueError:
            LOG.append(None)
    finally:
        LOG.append(a)
    (yield (_v(c) + _v(3)))
    try:
        LOG.append((_v(c) + _v(1)))
    except Exception:
        LOG.append(8)
        try:
            return 1
            raise OSError()
            LOG.append((_v(c) + _v(1)))
        except ValueError:
            LOG.append((_v(b) + _v(9)))
            c = (yield 6)
    finally:
        if _v(b) < 0:
            raise OSError()
        else:
            LOG.append((_v(c) + _v(9)))
            LOG.append((_v(b) + _v(8)))
            a = c
        raise StopIteration()
    (yield None)
def f2(a):
    b = c = 0
    if False:
        yield
    a = (yield (_v(a) + _v(3)))
    a = (yield (_v(c) + _v(1)))
    a = (yield (_v(b) + _v(5)))
    b = (yield b)
# program 12
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield 5)
    a = (yield None)
    c = (yield (_v(b) + _v(2)))
    LOG.append(None)
    try:
        if _v(c) < 0:
            return (_v(c) + _v(1))
        if _v(a) < 0:
            if _v(b) < 5:
                raise OSError()
                b = (yield 9)
                b = (_v(a) + _v(2))
            return b
            raise StopIteration()
        else:
            a = (yield 1)
            LOG.append((_v(a) + _v(6)))
    finally:
        a = (yield c)
        b = -2
# program 13
def f0():
    a = b = c = 0
    if False:
        yield
    c = a
    b = yield from f1((_v(a) + _v(9)))  # delegate
    try:
        for _ in range(2):
            a = yield from f1(6)  # call
        a = (yield None)
        try:
            (yield c)
            b = (yield (_v(a) + _v(7)))
        finally:
            (yield (_v(b) + _v(9)))
            (yield (_v(b) + _v(8)))
            a = yield from f1(6)  # delegate
    except Exception:
        a = yield from f1(None)  # call
        for _ in range(2):
            LOG.append((_v(a) + _v(5)))
            (yield (_v(a) + _v(3)))
    finally:
        if _v(c) < 2:
            b = (_v(c) + _v(7))
            b = (yield (_v(b) + _v(8)))
        else:
            raise ValueError()
            yield from f1(6)  # delegate
        b = (yield (_v(c) + _v(4)))
        (yield (_v(b) + _v(3)))
    if _v(a) < 4:
        b = yield from f1(c)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    c = (yield b)
    try:
        a = (yield (_v(c) + _v(3)))
        b = 5
    except Exception:
        try:
            LOG.append((_v(a) + _v(8)))
            if _v(b) < 3:
                return None
                a = (yield 0)
            else:
                return None
                return (_v(c) + _v(8))
            return None
        except Exception:
            (yield (_v(b) + _v(5)))
            LOG.append(None)
        except ValueError:
            (yield 7)
            LOG.append(None)
        finally:
            raise OSError()
            LOG.append(None)
        (yield a)
    finally:
        if _v(c) < 1:
            if _v(a) < 5:
                raise KeyError()
            LOG.append(c)
            LOG.append(9)
        LOG.append((_v(c) + _v(1)))
        raise KeyError()
    a = (yield 5)
    try:
        try:
            raise ValueError()
            if _v(c) < 2:
                (yield (_v(c) + _v(1)))
                (yield (_v(a) + _v(8)))
            else:
                if _v(c) < 3:
                    b = (_v(b) + _v(7))
                else:
                    b = (yield (_v(c) + _v(8)))
                a = (yield (_v(c) + _v(7)))
                if _v(c) < 0:
                    b = (yield None)
                    b = (yield None)
            a = (yield b)
        except OSError:
            c = (yield -1)
            LOG.append(a)
        finally:
            raise KeyError()
            raise StopIteration()
            LOG.append((_v(a) + _v(9)))
    except Exception:
        if _v(a) < 0:
            return -1
        try:
            c = (yield None)
            raise KeyError()
        finally:
            if _v(b) < 2:
                LOG.append(None)
        try:
            if _v(a) < 5:
                LOG.append(b)
                b = (yield 5)
        except ValueError:
            raise ValueError()
            raise OSError()
        except Exception:
            raise ValueError()
            b = None
    except ValueError:
        raise StopIteration()
    if _v(c) < 3:
        if _v(a) < 1:
            c = (yield 8)
            if _v(b) < 2:
                return (_v(a) + _v(5))
                c = 9
            else:
                c = (yield (_v(c) + _v(4)))
                (yield None)
                return (_v(c) + _v(4))
            return (_v(b) + _v(5))
        else:
            LOG.append(None)
            (yield (_v(a) + _v(8)))
            if _v(b) < 3:
                b = (yield None)
                LOG.append(7)
        for _ in range(3):
            c = (yield (_v(b) + _v(4)))
        if _v(c) < 0:
            return (_v(a) + _v(6))
            b = 6
        else:
            c = (yield 6)
# program 14
def f0():
    a = b = c = 0
    if False:
        yield
    yield from f1((_v(b) + _v(1)))  # delegate
    b = yield from f1(6)  # call
    c = yield from f1((_v(a) + _v(2)))  # delegate
    a = b
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        c = c
        LOG.append((_v(c) + _v(2)))
        raise StopIteration()
    except ValueError:
        return b
    finally:
        LOG.append((_v(a) + _v(7)))
        try:
            if _v(a) < 5:
                LOG.append(c)
                LOG.append(8)
            else:
                LOG.append(b)
                raise OSError()
                raise ValueError()
            LOG.append(b)
            a = c
        except KeyError:
            b = (_v(a) + _v(9))
        finally:
            raise ValueError()
        raise OSError()
    b = (yield (_v(a) + _v(1)))
    b = (yield -3)
    c = (yield None)
# program 15
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield None)
    if _v(c) < 1:
        (yield b)
        (yield b)
        a = yield from f2(-3)  # call
    else:
        return -3
        (yield (_v(a) + _v(1)))
    c = (yield a)
    try:
        c = yield from f2(0)  # call
        b = (yield (_v(b) + _v(8)))
        c = yield from f1(-2)  # call
    except BaseException:
        yield from f2((_v(a) + _v(9)))  # call
        return (_v(b) + _v(8))
        try:
            return c
        except GeneratorExit:
            b = yield from f2(a)  # call
            b = (_v(b) + _v(4))
    except KeyError:
        try:
            c = yield from f1((_v(a) + _v(2)))  # delegate
            raise ValueError()
        except GeneratorExit:
            b = (_v(a) + _v(6))
            b = (yield (_v(a) + _v(4)))
            b = yield from f1(7)  # call
        b = (yield (_v(c) + _v(6)))
        (yield None)
    b = yield from f2((_v(b) + _v(9)))  # call
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(b) < 5:
        (yield (_v(a) + _v(4)))
        c = (yield (_v(a) + _v(3)))
    try:
        c = b
        return None
    except ValueError:
        try:
            c = (yield c)
            LOG.append((_v(c) + _v(5)))
            b = (yield (_v(a) + _v(5)))
        finally:
            if _v(c) < 5:
                raise KeyError()
            LOG.append((_v(b) + _v(4)))
            a = (_v(c) + _v(9))
        a = (yield a)
def f2(a):
    b = c = 0
    if False:
        yield
    if _v(a) < 0:
        try:
            (yield -3)
        finally:
            raise OSError()
    else:
        for _ in range(1):
            if _v(a) < 4:
                if _v(a) < 2:
                    b = (yield None)
                    LOG.append(None)
                else:
                    if _v(a) < 1:
                        (yield b)
                        (yield 6)
                        LOG.append((_v(c) + _v(2)))
                LOG.append(9)
            else:
                LOG.append(4)
                LOG.append(None)
                c = b
            LOG.append((_v(a) + _v(4)))
            return None
    if _v(a) < 5:
        try:
            LOG.append(9)
            if _v(a) < 4:
                c = (yield None)
                c = a
            else:
                c = (yield (_v(a) + _v(7)))
                if _v(b) < 4:
                    a = (yield (_v(c) + _v(2)))
                    if _v(b) < 3:
                        b = (yield (_v(b) + _v(6)))
                else:
                    c = (yield (_v(c) + _v(1)))
                    a = (yield a)
            LOG.append(None)
        except KeyError:
            LOG.append(6)
        except OSError:
            b = (yield None)
        finally:
            LOG.append(3)
            LOG.append((_v(b) + _v(8)))
# program 16
def f0():
    a = b = c = 0
    if False:
        yield
    b = yield from f1(-1)  # call
    LOG.append(c)
    (yield None)
    c = yield from f1(None)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(b) < 3:
        try:
            a = -1
            if _v(a) < 1:
                b = (yield None)
                LOG.append(None)
            else:
                c = (yield (_v(c) + _v(9)))
                a = (yield (_v(b) + _v(4)))
                (yield a)
            LOG.append(None)
        finally:
            if _v(a) < 2:
                LOG.append(9)
                LOG.append(6)
            else:
                LOG.append(4)
                LOG.append((_v(b) + _v(3)))
                raise ValueError()
        return (_v(c) + _v(1))
    b = (yield None)
# program 17
def f0():
    a = b = c = 0
    if False:
        yield
    a = a
    b = (yield b)
    c = (yield 1)
    LOG.append(a)
# program 18
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        a = yield from f1(a)  # delegate
        for _ in range(2):
            c = yield from f1((_v(a) + _v(8)))  # call
            if _v(c) < 4:
                yield from f1(-3)  # call
            else:
                a = yield from f1((_v(c) + _v(8)))  # delegate
                c = (yield None)
            (yield b)
        try:
            yield from f1((_v(b) + _v(4)))  # delegate
        except ValueError:
            a = yield from f1((_v(b) + _v(8)))  # delegate
            if _v(b) < 1:
                b = None
                a = (yield (_v(b) + _v(2)))
                b = (yield None)
        except KeyError:
            a = yield from f1((_v(c) + _v(7)))  # delegate
            b = (yield None)
            b = (yield (_v(a) + _v(5)))
    finally:
        if _v(c) < 1:
            a = (yield (_v(b) + _v(8)))
            c = (yield a)
        else:
            LOG.append(5)
            a = (yield (_v(b) + _v(3)))
            c = (yield (_v(c) + _v(1)))
        try:
            b = (yield a)
            a = yield from f1(5)  # delegate
        finally:
            if _v(c) < 1:
                c = (yield c)
                LOG.append((_v(a) + _v(8)))
            else:
                b = (yield (_v(a) + _v(3)))
                c = (yield (_v(c) + _v(8)))
            a = (yield a)
            a = yield from f1(None)  # call
    (yield 3)
    LOG.append((_v(a) + _v(6)))
    c = yield from f1(3)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(6)))
    try:
        LOG.append(4)
        LOG.append((_v(a) + _v(8)))
    finally:
        LOG.append((_v(b) + _v(6)))
        try:
            raise OSError()
            raise OSError()
            raise StopIteration()
        except Exception:
            if _v(c) < 4:
                LOG.append(None)
                LOG.append((_v(a) + _v(4)))
                b = (_v(a) + _v(6))
            else:
                LOG.append(b)
            if _v(b) < 1:
                LOG.append(None)
            else:
                if _v(a) < 2:
                    LOG.append(3)
                    LOG.append((_v(c) + _v(4)))
                    LOG.append(6)
                else:
                    LOG.append(3)
                b = None
                c = None
            if _v(a) < 0:
                LOG.append((_v(c) + _v(9)))
                LOG.append(None)
            else:
                raise KeyError()
        finally:
            LOG.append((_v(a) + _v(6)))
            raise OSError()
            raise KeyError()
        b = None
    if _v(a) < 5:
        try:
            raise StopIteration()
            c = -1
        except KeyError:
            a = (yield c)
        except OSError:
            c = (yield 5)
        finally:
            LOG.append(None)
    try:
        b = (_v(a) + _v(2))
        try:
            LOG.append((_v(b) + _v(2)))
        except Exception:
            a = (yield (_v(b) + _v(6)))
            c = (yield (_v(b) + _v(9)))
            if _v(b) < 2:
                LOG.append(None)
            else:
                if _v(c) < 2:
                    c = (yield (_v(b) + _v(2)))
                    a = (_v(a) + _v(1))
                    b = (yield (_v(a) + _v(4)))
        except ValueError:
            a = (yield (_v(b) + _v(1)))
            (yield None)
            return 3
    finally:
        LOG.append(None)
        for _ in range(1):
            b = 9
            raise StopIteration()
    LOG.append((_v(c) + _v(9)))
# program 19
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield (_v(c) + _v(6)))
    try:
        LOG.append(None)
    except ValueError:
        a = yield from f1(8)  # call
    finally:
        try:
            LOG.append(b)
        finally:
            b = (yield (_v(c) + _v(1)))
            b = yield from f1((_v(b) + _v(8)))  # delegate
            c = (yield (_v(c) + _v(1)))
        a = (yield (_v(b) + _v(5)))
        b = (yield (_v(c) + _v(7)))
    try:
        return (_v(b) + _v(8))
        b = (yield -2)
        c = (yield 2)
    except OSError:
        yield from f1((_v(a) + _v(8)))  # call
        try:
            b = yield from f2(None)  # call
            c = None
        except GeneratorExit:
            raise StopIteration()
        finally:
            (yield (_v(b) + _v(2)))
            LOG.append(c)
            yield from f2((_v(b) + _v(9)))  # delegate
        LOG.append(None)
    finally:
        if _v(a) < 1:
            LOG.append((_v(c) + _v(5)))
        a = (yield None)
        LOG.append((_v(b) + _v(7)))
    a = (yield c)
    (yield (_v(b) + _v(1)))
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(7)))
    try:
        a = (yield 7)
    except Exception:
        try:
            LOG.append(None)
            if _v(a) < 1:
                b = 4
            else:
                if _v(c) < 2:
                    LOG.append((_v(b) + _v(2)))
                    (yield (_v(b) + _v(5)))
            return (_v(c) + _v(1))
        except Exception:
            a = None
            (yield c)
            a = yield from f2((_v(b) + _v(2)))  # delegate
        except Exception:
            LOG.append(None)
            b = (yield (_v(c) + _v(7)))
            c = (yield 7)
        finally:
            if _v(a) < 4:
                b = (_v(c) + _v(7))
        c = (yield (_v(b) + _v(5)))
    except ValueError:
        b = (yield 5)
        if _v(b) < 0:
            b = (yield 1)
            LOG.append(3)
    finally:
        LOG.append((_v(b) + _v(8)))
        if _v(b) < 4:
            b = 3
            raise ValueError()
            LOG.append(4)
        else:
            b = -2
            a = (_v(b) + _v(6))
            LOG.append(5)
        try:
            LOG.append(c)
            LOG.append(c)
        except KeyError:
            LOG.append(b)
            raise OSError()
            LOG.append((_v(a) + _v(8)))
        finally:
            LOG.append(None)
            LOG.append(None)
            b = (_v(a) + _v(3))
def f2(a):
    b = c = 0
    if False:
        yield
    (yield b)
    try:
        LOG.append(4)
    except Exception:
        try:
            if _v(a) < 1:
                return c
                return (_v(b) + _v(2))
                LOG.append(0)
            else:
                c = (yield 6)
                LOG.append((_v(b) + _v(9)))
            a = a
        except OSError:
            b = (yield a)
            a = (_v(a) + _v(4))
        finally:
            LOG.append(0)
            a = 0
    LOG.append((_v(c) + _v(1)))
# program 20
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 21
def f0():
    a = b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(7)))
    c = (yield a)
    LOG.append((_v(c) + _v(7)))
    LOG.append((_v(a) + _v(9)))
# program 22
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield 3)
    try:
        (yield -1)
        c = (yield (_v(b) + _v(9)))
        (yield None)
    except OSError:
        b = (yield (_v(a) + _v(5)))
        if _v(b) < 0:
            a = (yield None)
            LOG.append(None)
            a = (yield 7)
        LOG.append(-3)
    c = (yield None)
# program 23
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield (_v(c) + _v(6)))
    a = (yield (_v(b) + _v(7)))
    c = (yield (_v(a) + _v(7)))
    for _ in range(1):
        try:
            return a
            b = (_v(b) + _v(1))
            (yield None)
        except OSError:
            LOG.append(c)
            b = (_v(c) + _v(6))
            LOG.append((_v(a) + _v(7)))
        except BaseException:
            a = (yield (_v(c) + _v(7)))
            c = a
        finally:
            raise ValueError()
# program 24
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            c = yield from f1((_v(a) + _v(1)))  # delegate
            (yield b)
            LOG.append((_v(b) + _v(6)))
        finally:
            a = (yield None)
            (yield 4)
        raise KeyError()
        for _ in range(1):
            if _v(c) < 1:
                (yield None)
            else:
                a = (yield 3)
                if _v(c) < 4:
                    a = yield from f1(6)  # call
                    c = (yield (_v(c) + _v(7)))
                else:
                    yield from f1((_v(c) + _v(7)))  # delegate
                    a = (yield (_v(c) + _v(9)))
    except Exception:
        try:
            c = (yield (_v(c) + _v(7)))
            a = (yield c)
        except OSError:
            return 1
        for _ in range(1):
            raise OSError()
            (yield None)
        try:
            if _v(b) < 4:
                LOG.append((_v(a) + _v(3)))
            else:
                c = (yield -3)
                (yield (_v(b) + _v(4)))
        except ValueError:
            c = (yield (_v(b) + _v(2)))
            if _v(a) < 1:
                b = (yield (_v(b) + _v(7)))
                a = yield from f1(None)  # call
                b = (yield (_v(a) + _v(6)))
        except BaseException:
            LOG.append((_v(a) + _v(8)))
            b = yield from f1((_v(c) + _v(3)))  # call
            a = (yield None)
    finally:
        LOG.append((_v(a) + _v(1)))
        a = yield from f1(None)  # call
    try:
        c = (yield (_v(b) + _v(8)))
        yield from f1(None)  # call
        return (_v(a) + _v(2))
    finally:
        a = a
    try:
        return (_v(b) + _v(5))
        return (_v(a) + _v(7))
    except KeyError:
        yield from f1((_v(c) + _v(1)))  # delegate
    except BaseException:
        try:
            b = yield from f1((_v(c) + _v(1)))  # call
            yield from f1((_v(b) + _v(2)))  # call
        finally:
            raise StopIteration()
    c = yield from f1(-1)  # call
    a = yield from f1((_v(b) + _v(5)))  # call
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        b = (_v(c) + _v(7))
        return None
        a = (yield (_v(b) + _v(9)))
    except ValueError:
        for _ in range(3):
            c = (yield (_v(c) + _v(1)))
            return a
        raise OSError()
        b = (yield 1)
    LOG.append(4)
    LOG.append((_v(a) + _v(4)))
    a = -2
# program 25
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield None)
    (yield 9)
# program 26
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(9)
    c = yield from f1(-3)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        c = yield from f2((_v(a) + _v(4)))  # delegate
        (yield c)
    except ValueError:
        b = (yield 2)
        a = (yield c)
    except KeyError:
        (yield None)
        return c
        c = (yield b)
    (yield a)
def f2(a):
    b = c = 0
    if False:
        yield
    try:
        a = (yield None)
        if _v(b) < 3:
            if _v(b) < 0:
                b = (yield 4)
                a = (yield (_v(b) + _v(2)))
            if _v(b) < 5:
                c = (yield None)
            else:
                a = (yield None)
                if _v(c) < 1:
                    b = (yield c)
                    a = (yield 0)
                else:
                    raise ValueError()
                    (yield None)
            if _v(b) < 4:
                b = (yield a)
            else:
                b = (yield (_v(b) + _v(7)))
        try:
            b = (yield (_v(a) + _v(7)))
            if _v(c) < 3:
                b = (yield c)
                a = (_v(c) + _v(1))
                LOG.append((_v(a) + _v(9)))
            else:
                c = (yield (_v(a) + _v(2)))
                a = (yield (_v(a) + _v(8)))
            (yield (_v(c) + _v(3)))
        except KeyError:
            (yield b)
            LOG.append(c)
            b = (yield (_v(a) + _v(7)))
        except OSError:
            a = (yield a)
            b = (yield (_v(b) + _v(5)))
            LOG.append(b)
    except KeyError:
        c = (yield (_v(c) + _v(3)))
        return (_v(a) + _v(2))
    (yield (_v(c) + _v(5)))
    b = 6
    try:
        a = (yield 2)
        if _v(c) < 2:
            c = (yield None)
            (yield 2)
            c = (_v(a) + _v(3))
        try:
            raise KeyError()
            b = (yield None)
            a = (_v(b) + _v(9))
        finally:
            LOG.append((_v(a) + _v(4)))
            LOG.append((_v(c) + _v(8)))
    except ValueError:
        try:
            a = (yield None)
            c = (yield 9)
            return (_v(c) + _v(7))
        except OSError:
            (yield a)
        finally:
            if _v(c) < 1:
                if _v(c) < 3:
                    b = 4
                    LOG.append(c)
                else:
                    if _v(a) < 0:
                        c = (_v(b) + _v(1))
                        if _v(c) < 0:
                            b = None
                            raise KeyError()
                        else:
                            raise StopIteration()
                            raise ValueError()
                            LOG.append((_v(c) + _v(1)))
                        raise StopIteration()
                if _v(c) < 4:
                    LOG.append(None)
                else:
                    raise OSError()
                    LOG.append(None)
                LOG.append((_v(a) + _v(5)))
            LOG.append(c)
        try:
            a = (yield None)
            (yield 0)
        except KeyError:
            a = (yield None)
            return 6
            if _v(b) < 3:
                b = (yield None)
                return b
            else:
                LOG.append((_v(b) + _v(5)))
    finally:
        for _ in range(2):
            if _v(c) < 1:
                LOG.append((_v(b) + _v(3)))
                if _v(c) < 4:
                    b = 9
                else:
                    LOG.append(1)
                    LOG.append(8)
                if _v(c) < 3:
                    if _v(a) < 5:
                        LOG.append((_v(c) + _v(8)))
                        LOG.append((_v(b) + _v(5)))
                    LOG.append(b)
            else:
                b = (_v(a) + _v(2))
                LOG.append((_v(b) + _v(3)))
            LOG.append((_v(a) + _v(6)))
# program 27
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        LOG.append(c)
    finally:
        b = (yield None)
    b = None
    LOG.append(8)
# program 28
def f0():
    a = b = c = 0
    if False:
        yield
    for _ in range(2):
        try:
            c = (yield None)
            raise ValueError()
        except KeyError:
            LOG.append(None)
        except KeyError:
            raise KeyError()
    LOG.append((_v(b) + _v(2)))
    b = (yield None)
# program 29
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        return (_v(b) + _v(3))
        LOG.append(2)
        try:
            b = yield from f1(a)  # delegate
        except GeneratorExit:
            a = yield from f1((_v(a) + _v(5)))  # delegate
            a = yield from f1((_v(c) + _v(4)))  # call
        except OSError:
            c = yield from f1(None)  # call
            b = c
        finally:
            raise StopIteration()
    except Exception:
        if _v(b) < 2:
            (yield (_v(a) + _v(1)))
    try:
        try:
            if _v(c) < 4:
                c = 7
                if _v(a) < 1:
                    return a
                    return None
                    a = (yield (_v(a) + _v(3)))
                else:
                    (yield (_v(a) + _v(2)))
                    c = yield from f1(a)  # delegate
                    a = (yield (_v(a) + _v(3)))
                b = (yield b)
            raise KeyError()
        except OSError:
            raise ValueError()
    except ValueError:
        c = (yield (_v(a) + _v(7)))
        (yield None)
        c = yield from f1(None)  # call
    finally:
        for _ in range(2):
            a = (yield (_v(b) + _v(6)))
    a = (_v(b) + _v(5))
def f1(a):
    b = c = 0
    if False:
        yield
    a = (yield b)
    if _v(b) < 5:
        a = None
    b = (_v(c) + _v(5))
# program 30
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except BaseException:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 31
def f0():
    a = b = c = 0
    if False:
        yield
    (yield 9)
    c = (yield None)
    a = yield from f1((_v(c) + _v(9)))  # delegate
    c = (yield None)
    a = yield from f1(None)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    LOG.append(6)
    b = (yield a)
def f2(a):
    b = c = 0
    if False:
        yield
    try:
        LOG.append((_v(c) + _v(7)))
    except OSError:
        LOG.append((_v(b) + _v(6)))
        try:
            b = (yield (_v(a) + _v(5)))
            b = None
        finally:
            a = 6
            if _v(c) < 4:
                LOG.append(None)
        a = (yield (_v(c) + _v(5)))
    except KeyError:
        if _v(b) < 3:
            LOG.append(b)
        else:
            if _v(a) < 1:
                c = (yield 3)
            raise ValueError()
            a = (yield (_v(c) + _v(2)))
        if _v(b) < 2:
            LOG.append(b)
        else:
            raise OSError()
            (yield None)
        c = (yield c)
    finally:
        a = b
        LOG.append(None)
    (yield None)
    for _ in range(2):
        try:
            (yield None)
        except KeyError:
            (yield None)
            b = (yield (_v(b) + _v(7)))
        except ValueError:
            a = (yield (_v(a) + _v(7)))
            (yield (_v(c) + _v(6)))
            a = (yield 8)
        finally:
            LOG.append(None)
# program 32
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(b) < 0:
        (yield None)
        raise ValueError()
        try:
            LOG.append((_v(b) + _v(4)))
        except OSError:
            LOG.append(1)
            b = (yield (_v(a) + _v(9)))
            c = (_v(a) + _v(6))
        finally:
            b = (yield (_v(b) + _v(5)))
            LOG.append((_v(c) + _v(1)))
    if _v(b) < 1:
        try:
            if _v(b) < 5:
                LOG.append(None)
                a = (yield b)
        except BaseException:
            (yield -2)
            c = (yield None)
# program 33
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(a) < 4:
        if _v(a) < 5:
            c = yield from f1(None)  # delegate
        for _ in range(2):
            a = (yield 5)
            yield from f1((_v(a) + _v(9)))  # call
        try:
            b = (yield (_v(a) + _v(1)))
            c = yield from f1((_v(b) + _v(7)))  # call
            return None
        except KeyError:
            c = (yield c)
            b = yield from f1(b)  # delegate
            c = (yield c)
    a = yield from f1(None)  # delegate
    c = (yield 7)
    try:
        a = (yield -2)
        c = (yield (_v(c) + _v(7)))
    except OSError:
        for _ in range(2):
            a = (yield 8)
        try:
            c = yield from f1((_v(a) + _v(3)))  # delegate
            raise KeyError()
        except Exception:
            b = b
        except ValueError:
            raise StopIteration()
            b = c
        b = (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    (yield -1)
    LOG.append((_v(b) + _v(6)))
    try:
        LOG.append(a)
        try:
            c = (_v(c) + _v(1))
            c = (yield 9)
        except ValueError:
            raise ValueError()
        except Exception:
            a = (yield c)
        finally:
            if _v(c) < 3:
                LOG.append(None)
                a = (_v(b) + _v(5))
                if _v(a) < 2:
                    raise ValueError()
                    if _v(a) < 0:
                        raise OSError()
                        a = (_v(a) + _v(6))
                    if _v(b) < 0:
                        c = (_v(b) + _v(2))
                        LOG.append((_v(b) + _v(3)))
                else:
                    raise ValueError()
                    if _v(b) < 0:
                        if _v(a) < 1:
                            if _v(c) < 3:
                                LOG.append((_v(c) + _v(9)))
                                if _v(c) < 0:
                                    LOG.append(-1)
                                else:
                                    LOG.append(None)
                                    LOG.append(None)
                                    if _v(c) < 5:
                                        b = (_v(c) + _v(7))
                                    else:
                                        if _v(b) < 4:
                                            raise StopIteration()
                                            if _v(b) < 5:
                                                if _v(a) < 3:
                                                    LOG.append((_v(a) + _v(5)))
                                                LOG.append(None)
                                            b = None
                                        raise StopIteration()
                                        LOG.append(None)
                            a = -3
                            a = None
                        if _v(a) < 0:
                            LOG.append(a)
                            LOG.append((_v(a) + _v(6)))
                        else:
                            LOG.append((_v(a) + _v(1)))
                            a = (_v(c) + _v(4))
                        LOG.append((_v(c) + _v(1)))
                    else:
                        LOG.append(a)
                        if _v(a) < 4:
                            b = None
                        LOG.append(-1)
            if _v(a) < 1:
                a = a
    except KeyError:
        for _ in range(2):
            a = (_v(b) + _v(3))
        (yield 1)
        if _v(b) < 3:
            a = (yield a)
            (yield c)
        else:
            c = (yield -3)
    b = (_v(b) + _v(6))
# program 34
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield None)
    a = yield from f2(0)  # call
    yield from f1(None)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    c = (yield (_v(c) + _v(8)))
    (yield None)
    for _ in range(2):
        if _v(a) < 5:
            if _v(c) < 5:
                LOG.append(8)
                raise KeyError()
            else:
                a = (yield b)
                raise OSError()
                if _v(b) < 1:
                    raise KeyError()
            LOG.append(2)
    c = yield from f2((_v(c) + _v(2)))  # call
    yield from f2(0)  # delegate
def f2(a):
    b = c = 0
    if False:
        yield
    LOG.append((_v(b) + _v(6)))
    LOG.append(5)
    b = (yield c)
    b = (yield a)
    LOG.append((_v(b) + _v(5)))
# program 35
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield (_v(c) + _v(9)))
    a = (yield None)
    (yield (_v(b) + _v(4)))
    a = (yield 6)
    LOG.append((_v(b) + _v(5)))
# program 36
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        a = c
        a = (yield (_v(a) + _v(8)))
    except GeneratorExit:
        LOG.append((_v(a) + _v(5)))
        try:
            LOG.append((_v(b) + _v(7)))
            b = (_v(a) + _v(5))
        except OSError:
            a = (_v(a) + _v(4))
            (yield None)
            c = (yield (_v(a) + _v(2)))
        try:
            LOG.append((_v(b) + _v(3)))
            raise StopIteration()
            b = (yield b)
        finally:
            LOG.append(7)
            LOG.append(None)
            c = yield from f2((_v(a) + _v(3)))  # call
    except KeyError:
        LOG.append(2)
        b = yield from f2(b)  # delegate
    finally:
        a = yield from f2(None)  # call
        b = (yield (_v(c) + _v(8)))
    LOG.append(c)
    try:
        try:
            a = (yield (_v(a) + _v(4)))
        except ValueError:
            b = (yield None)
            raise StopIteration()
            b = yield from f2(a)  # call
        try:
            LOG.append(b)
            c = yield from f2(3)  # delegate
        except OSError:
            if _v(c) < 1:
                (yield 9)
                a = (yield (_v(c) + _v(9)))
                raise StopIteration()
    except ValueError:
        for _ in range(2):
            c = yield from f2(a)  # delegate
            if _v(c) < 4:
                c = yield from f2(a)  # delegate
            else:
                b = (yield 7)
                (yield a)
            LOG.append((_v(c) + _v(5)))
    finally:
        if _v(a) < 3:
            b = (yield (_v(b) + _v(6)))
            LOG.append((_v(a) + _v(2)))
        else:
            (yield (_v(c) + _v(4)))
            LOG.append(a)
        b = (yield a)
def f1(a):
    b = c = 0
    if False:
        yield
    c = yield from f2(c)  # call
    c = (yield b)
    (yield None)
def f2(a):
    b = c = 0
    if False:
        yield
    b = 7
    c = (yield a)
    if _v(a) < 0:
        try:
            c = (yield (_v(b) + _v(8)))
            (yield (_v(c) + _v(5)))
        finally:
            raise KeyError()
            if _v(c) < 1:
                LOG.append((_v(a) + _v(7)))
            LOG.append(5)
    LOG.append(a)
# program 37
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield (_v(b) + _v(7)))
    if _v(c) < 5:
        a = (yield c)
        LOG.append(9)
    LOG.append(2)
    a = yield from f1((_v(b) + _v(1)))  # delegate
    for _ in range(1):
        for _ in range(1):
            LOG.append(None)
        raise StopIteration()
        for _ in range(2):
            a = (yield (_v(c) + _v(3)))
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        for _ in range(1):
            if _v(c) < 1:
                if _v(a) < 5:
                    c = (yield b)
                    return (_v(c) + _v(1))
            else:
                raise ValueError()
                b = (yield 9)
            b = (yield None)
            c = (yield (_v(c) + _v(6)))
    except ValueError:
        try:
            LOG.append(b)
            b = (yield (_v(c) + _v(9)))
            c = (yield (_v(c) + _v(1)))
        finally:
            LOG.append(None)
            a = a
        try:
            (yield None)
        except Exception:
            LOG.append(None)
            return b
            a = (yield None)
        finally:
            if _v(b) < 0:
                raise StopIteration()
                raise OSError()
                LOG.append(1)
            else:
                LOG.append(None)
            LOG.append(None)
            if _v(c) < 0:
                raise OSError()
                LOG.append((_v(b) + _v(2)))
                LOG.append((_v(b) + _v(4)))
            else:
                raise KeyError()
                if _v(b) < 1:
                    LOG.append(b)
                    LOG.append(b)
                    LOG.append(-1)
                else:
                    a = 4
                raise ValueError()
        for _ in range(1):
            LOG.append(3)
    finally:
        try:
            if _v(b) < 2:
                raise OSError()
                LOG.append((_v(a) + _v(9)))
                raise ValueError()
            else:
                if _v(c) < 2:
                    raise OSError()
                LOG.append(c)
        finally:
            b = (_v(a) + _v(1))
        try:
            a = 1
        except ValueError:
            LOG.append((_v(c) + _v(8)))
            LOG.append((_v(a) + _v(4)))
            LOG.append(c)
    try:
        LOG.append(a)
        return (_v(b) + _v(8))
    except ValueError:
        if _v(c) < 2:
            if _v(c) < 2:
                b = (yield -2)
    try:
        try:
            LOG.append((_v(a) + _v(8)))
        except KeyError:
            (yield (_v(a) + _v(4)))
        c = (yield (_v(a) + _v(2)))
    except Exception:
        try:
            if _v(b) < 2:
                a = (yield b)
                return None
                raise ValueError()
            (yield None)
        except OSError:
            return c
            a = (_v(a) + _v(8))
        finally:
            LOG.append(c)
        LOG.append(a)
# program 38
def f0():
    a = b = c = 0
    if False:
        yield
    (yield (_v(a) + _v(7)))
    c = (yield (_v(a) + _v(2)))
# program 39
def f0():
    a = b = c = 0
    if False:
        yield
    b = (_v(b) + _v(3))
    LOG.append((_v(b) + _v(2)))
    (yield (_v(b) + _v(1)))
    (yield (_v(a) + _v(4)))
# program 40
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield (_v(a) + _v(6)))
    (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    c = c
    try:
        b = (yield (_v(a) + _v(6)))
        return (_v(a) + _v(4))
        return (_v(a) + _v(6))
    except ValueError:
        c = (yield (_v(b) + _v(2)))
        c = (yield None)
    finally:
        c = b
        if _v(b) < 2:
            if _v(b) < 4:
                if _v(a) < 2:
                    a = None
                    a = b
                    LOG.append((_v(a) + _v(8)))
                else:
                    c = None
                    if _v(c) < 2:
                        LOG.append(c)
                        raise StopIteration()
                        LOG.append((_v(b) + _v(8)))
                    else:
                        raise OSError()
                    LOG.append((_v(c) + _v(4)))
                b = (_v(c) + _v(9))
            if _v(b) < 0:
                if _v(c) < 4:
                    LOG.append((_v(a) + _v(9)))
            else:
                LOG.append(None)
        else:
            if _v(b) < 0:
                c = (_v(a) + _v(1))
            else:
                if _v(a) < 3:
                    if _v(c) < 2:
                        c = c
                        c = 7
                    a = (_v(c) + _v(9))
                else:
                    if _v(b) < 2:
                        LOG.append(c)
                    else:
                        raise StopIteration()
        c = 1
    try:
        for _ in range(3):
            b = 7
            raise ValueError()
    except ValueError:
        raise StopIteration()
        b = (yield (_v(a) + _v(3)))
    finally:
        try:
            raise ValueError()
        except OSError:
            b = (_v(b) + _v(3))
            LOG.append(b)
            if _v(b) < 5:
                raise StopIteration()
                raise OSError()
        LOG.append(0)
        raise KeyError()
    if _v(c) < 1:
        try:
            (yield -3)
            if _v(c) < 5:
                a = (yield None)
                a = (yield (_v(a) + _v(9)))
                LOG.append(1)
        except OSError:
            a = (yield 6)
            raise StopIteration()
        LOG.append((_v(a) + _v(3)))
        b = a
    else:
        try:
            a = (yield (_v(c) + _v(7)))
        finally:
            raise ValueError()
    LOG.append(1)
# program 41
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield (_v(c) + _v(2)))
    a = (yield b)
    c = (yield None)
# program 42
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(b) < 1:
        try:
            a = (yield b)
            a = (yield (_v(c) + _v(9)))
        except ValueError:
            if _v(b) < 5:
                LOG.append((_v(a) + _v(9)))
                LOG.append((_v(b) + _v(9)))
                c = (yield 9)
            else:
                if _v(a) < 1:
                    if _v(b) < 2:
                        c = (yield c)
                        LOG.append((_v(c) + _v(5)))
                    LOG.append((_v(c) + _v(9)))
                    if _v(a) < 2:
                        LOG.append(None)
                    else:
                        a = (yield (_v(c) + _v(5)))
                        b = b
                        c = (yield None)
                b = (yield (_v(c) + _v(8)))
        finally:
            b = (yield None)
            c = (yield a)
            raise KeyError()
        try:
            LOG.append(None)
            if _v(c) < 0:
                LOG.append((_v(b) + _v(7)))
                (yield (_v(b) + _v(3)))
            else:
                a = (yield (_v(c) + _v(9)))
            return (_v(a) + _v(2))
        except Exception:
            a = (yield (_v(b) + _v(9)))
        finally:
            (yield (_v(b) + _v(3)))
        try:
            a = (yield None)
            raise ValueError()
        except KeyError:
            a = (yield (_v(b) + _v(9)))
            c = (yield -1)
        finally:
            (yield None)
            b = c
    LOG.append(c)
    if _v(b) < 1:
        c = (yield (_v(a) + _v(9)))
        if _v(b) < 4:
            a = (_v(b) + _v(6))
            c = (yield 7)
            (yield None)
        else:
            a = (yield 8)
            c = (yield b)
        a = (yield (_v(a) + _v(4)))
    else:
        LOG.append(None)
        b = (yield (_v(b) + _v(6)))
        try:
            b = (_v(a) + _v(1))
            c = (yield None)
        except GeneratorExit:
            a = (yield (_v(c) + _v(7)))
            a = (_v(b) + _v(6))
            b = (yield -3)
    LOG.append(2)
# program 43
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield -2)
    if _v(a) < 4:
        return b
        try:
            (yield (_v(a) + _v(5)))
            b = (yield (_v(c) + _v(6)))
        finally:
            if _v(b) < 3:
                a = (yield 2)
                (yield 3)
            else:
                LOG.append((_v(b) + _v(6)))
            LOG.append(4)
    if _v(a) < 4:
        LOG.append((_v(b) + _v(9)))
        (yield a)
    c = (yield None)
# program 44
def f0():
    a = b = c = 0
    if False:
        yield
    (yield (_v(b) + _v(7)))
    try:
        b = yield from f2((_v(a) + _v(3)))  # delegate
        try:
            b = (yield None)
            LOG.append((_v(b) + _v(5)))
            (yield b)
        except BaseException:
            return 7
        except GeneratorExit:
            a = (yield 6)
            b = yield from f2(5)  # call
            a = yield from f1((_v(c) + _v(6)))  # call
    except BaseException:
        a = -3
    except ValueError:
        a = yield from f2(None)  # delegate
        try:
            if _v(c) < 1:
                (yield b)
        except GeneratorExit:
            LOG.append(b)
            c = yield from f1(None)  # call
            (yield (_v(c) + _v(7)))
        except ValueError:
            b = (yield None)
            c = (yield (_v(b) + _v(1)))
    finally:
        a = (yield a)
        c = (yield (_v(b) + _v(1)))
    b = yield from f2(9)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        LOG.append(None)
        LOG.append(b)
        for _ in range(1):
            LOG.append(None)
    except OSError:
        c = (yield None)
    finally:
        for _ in range(3):
            if _v(c) < 0:
                raise KeyError()
    c = None
    b = (yield (_v(a) + _v(1)))
def f2(a):
    b = c = 0
    if False:
        yield
    for _ in range(3):
        c = (yield c)
        c = (yield (_v(c) + _v(2)))
        for _ in range(2):
            a = (yield 0)
    LOG.append(None)
# program 45
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield 3)
    b = (yield 6)
    try:
        try:
            a = (_v(b) + _v(3))
            c = (yield 8)
        except ValueError:
            b = (yield None)
            (yield a)
        finally:
            LOG.append(None)
            c = (_v(a) + _v(1))
            LOG.append((_v(b) + _v(8)))
        c = (_v(c) + _v(9))
    finally:
        (yield b)
        (yield a)
# program 46
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield 2)
    try:
        if _v(c) < 5:
            return (_v(c) + _v(3))
            b = (yield 1)
            LOG.append((_v(a) + _v(6)))
        b = yield from f2((_v(b) + _v(9)))  # delegate
        b = (yield (_v(b) + _v(2)))
    except ValueError:
        for _ in range(3):
            b = (yield a)
        a = yield from f2(None)  # delegate
        LOG.append((_v(c) + _v(3)))
    finally:
        a = (yield a)
        c = (yield -1)
        c = (yield b)
    try:
        raise StopIteration()
    finally:
        c = (yield (_v(c) + _v(5)))
        a = (yield (_v(a) + _v(1)))
def f1(a):
    b = c = 0
    if False:
        yield
    (yield c)
    try:
        for _ in range(1):
            raise KeyError()
            return (_v(c) + _v(4))
            raise KeyError()
        try:
            return (_v(b) + _v(5))
            LOG.append(c)
        finally:
            raise ValueError()
            raise StopIteration()
            raise KeyError()
    finally:
        LOG.append((_v(c) + _v(9)))
        LOG.append(8)
def f2(a):
    b = c = 0
    if False:
        yield
    c = (yield (_v(a) + _v(9)))
    LOG.append((_v(a) + _v(2)))
    try:
        b = (yield (_v(c) + _v(5)))
    finally:
        try:
            if _v(a) < 4:
                raise StopIteration()
            else:
                if _v(b) < 1:
                    raise ValueError()
                    b = 1
                    if _v(c) < 0:
                        c = a
                    else:
                        if _v(b) < 3:
                            LOG.append((_v(a) + _v(5)))
                            if _v(c) < 4:
                                if _v(a) < 1:
                                    if _v(c) < 3:
                                        LOG.append((_v(a) + _v(2)))
                                    else:
                                        c = (_v(a) + _v(7))
                                    if _v(b) < 1:
                                        LOG.append(9)
                                    else:
                                        if _v(c) < 3:
                                            raise KeyError()
                                        LOG.append(5)
                                        b = None
                                else:
                                    LOG.append((_v(b) + _v(1)))
                                    raise OSError()
                                    LOG.append(4)
                                raise StopIteration()
                                if _v(c) < 0:
                                    if _v(c) < 4:
                                        if _v(a) < 0:
                                            LOG.append(2)
                                        else:
                                            LOG.append(None)
                                    else:
                                        LOG.append(b)
                                    raise StopIteration()
                                else:
                                    raise StopIteration()
                                    LOG.append((_v(a) + _v(9)))
                                    b = (_v(b) + _v(4))
                        raise KeyError()
                        LOG.append((_v(a) + _v(2)))
                LOG.append((_v(b) + _v(9)))
        except KeyError:
            c = (_v(b) + _v(4))
            raise KeyError()
        finally:
            LOG.append(4)
        try:
            raise KeyError()
        except ValueError:
            if _v(a) < 5:
                a = (_v(b) + _v(8))
                LOG.append(b)
            else:
                raise OSError()
                b = None
                LOG.append(2)
            b = (_v(c) + _v(5))
        finally:
            LOG.append((_v(a) + _v(7)))
            a = 6
            LOG.append((_v(a) + _v(4)))
    (yield (_v(a) + _v(7)))
# program 47
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        LOG.append(None)
    finally:
        a = (yield None)
        if _v(b) < 0:
            LOG.append(6)
            if _v(a) < 4:
                raise KeyError()
            else:
                a = (yield (_v(b) + _v(5)))
                LOG.append(b)
                raise StopIteration()
        c = (yield None)
    LOG.append(5)
    c = (yield None)
    try:
        LOG.append(None)
    except KeyError:
        try:
            (yield (_v(c) + _v(4)))
            (yield -1)
            a = (yield (_v(c) + _v(4)))
        except ValueError:
            LOG.append((_v(c) + _v(3)))
            a = (yield b)
# program 48
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield c)
    a = yield from f1(2)  # delegate
    c = (yield 4)
def f1(a):
    b = c = 0
    if False:
        yield
    a = (yield (_v(a) + _v(4)))
    try:
        LOG.append(c)
        try:
            a = (_v(a) + _v(4))
            b = (yield c)
        except Exception:
            LOG.append((_v(a) + _v(7)))
            c = (yield (_v(a) + _v(1)))
            b = (yield None)
        c = (yield (_v(a) + _v(9)))
    except ValueError:
        raise OSError()
        return (_v(c) + _v(4))
    try:
        raise OSError()
    except OSError:
        try:
            c = (yield (_v(b) + _v(8)))
            a = (yield -1)
            c = (yield (_v(b) + _v(1)))
        finally:
            if _v(a) < 2:
                LOG.append(None)
                if _v(a) < 2:
                    LOG.append((_v(b) + _v(9)))
                    raise ValueError()
                    raise ValueError()
                else:
                    LOG.append((_v(b) + _v(2)))
                    LOG.append((_v(a) + _v(1)))
    if _v(c) < 5:
        try:
            b = (yield None)
        except KeyError:
            a = (yield 2)
            return (_v(a) + _v(5))
            raise ValueError()
        for _ in range(1):
            a = (yield None)
        try:
            LOG.append(c)
            raise OSError()
        except ValueError:
            b = (yield (_v(c) + _v(7)))
            (yield b)
            LOG.append(b)
    else:
        if _v(b) < 5:
            (yield (_v(c) + _v(2)))
            a = (yield b)
        try:
            if _v(a) < 3:
                return None
                return (_v(a) + _v(9))
            if _v(a) < 5:
                a = (yield None)
                return (_v(c) + _v(2))
        except OSError:
            c = 6
            if _v(a) < 1:
                (yield None)
            return (_v(a) + _v(9))
        except ValueError:
            c = (yield 5)
            if _v(a) < 3:
                if _v(b) < 2:
                    LOG.append(b)
                    LOG.append(5)
                    raise StopIteration()
                else:
                    b = (yield (_v(b) + _v(8)))
                return None
                (yield (_v(b) + _v(5)))
            LOG.append((_v(a) + _v(7)))
    a = (yield None)
# program 49
def f0():
    a = b = c = 0
    if False:
        yield
    (yield (_v(c) + _v(7)))
    LOG.append((_v(b) + _v(1)))
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield 7)
            b = (yield 6)
        finally:
            LOG.append(c)
    finally:
        try:
            LOG.append((_v(b) + _v(9)))
            LOG.append(None)
            raise KeyError()
        finally:
            b = None
            LOG.append((_v(a) + _v(1)))
            if _v(b) < 5:
                raise OSError()
        LOG.append((_v(c) + _v(7)))
        if _v(a) < 3:
            LOG.append(a)
            c = 4
            c = (_v(b) + _v(9))
    (yield (_v(b) + _v(8)))
    LOG.append(b)
